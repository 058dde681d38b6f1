"""What pwclient does, with Python's stock xmlrpc.client: list, view, update, and a refused anonymous update.

Usage: pwclient_session.py ANONYMOUS_URL MAINTAINER_URL
"""
import sys
import xmlrpc.client

anonymous = xmlrpc.client.ServerProxy(sys.argv[1])
maintainer = xmlrpc.client.ServerProxy(sys.argv[2])

print("version", anonymous.pw_rpc_version())
project = anonymous.project_list("demo", 0)[0]
state = anonymous.state_list("New", 0)[0]
for patch in anonymous.patch_list({"project_id": project["id"], "state_id": state["id"]}):
    print("patch", patch["id"], patch["state"].data.decode(), patch["submitter"].data.decode(), patch["name"])
mbox = anonymous.patch_get_mbox(4)
print("mbox-tag", "Reviewed-by: Mary Maintainer <maint@example.org>" in mbox)
accepted = anonymous.state_list("Accepted", 0)[0]["id"]
print("set", maintainer.patch_set(2, {"state": accepted, "commit_ref": "abc123"}))
print("now", anonymous.patch_get(2)["state"].data.decode(), anonymous.patch_get(2)["commit_ref"])
try:
    anonymous.patch_set(2, {"state": state["id"]})
except xmlrpc.client.Fault as fault:
    print("fault", fault.faultCode, fault.faultString)
