# The Trac XmlRpcPlugin's second example, in Python 3: the tickets owned by a user, fetched with one multicall.
import sys
import xmlrpc.client

server = xmlrpc.client.ServerProxy(sys.argv[1])
multicall = xmlrpc.client.MultiCall(server)
for ticket in server.ticket.query("owner=" + sys.argv[2]):
    multicall.ticket.get(ticket)
for ticket in multicall():
    print(ticket[0], ticket[3]['owner'], ticket[3]['summary'], type(ticket[1]).__name__)
