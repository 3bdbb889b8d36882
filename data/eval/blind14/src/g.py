import sys; sys.path.insert(0,'..')
from geo import lookup
for a in sys.argv[1:]:
    n,c=a.rsplit('/',1); r=lookup(n,c)
    print(a,'->',[(x['name'],round(x['latitude'],3),round(x['longitude'],3),x['population']) for x in r[:3]] or 'NONE')
