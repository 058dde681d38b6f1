# The Trac XmlRpcPlugin's first example, in Python 3: list the methods and print each one's help.
import sys
import xmlrpc.client

server = xmlrpc.client.ServerProxy(sys.argv[1])
for method in server.system.listMethods():
    print(method)
    print('\n'.join(['  ' + x for x in server.system.methodHelp(method).split('\n')]))
