"""Drives python-rt's REST 1.0 client (Debian's python3-rt) against a Polyport server, as an RT user's script
would, and prints one line per step: the step's name and what the client returned. The Java test reads them.
Usage: python_rt_session.py URL USER PASSWORD"""
import io
import sys

import rt.exceptions
import rt.rest1

url, user, password = sys.argv[1:4]
tracker = rt.rest1.Rt(url + "/REST/1.0/", user, password)


def step(name, value):
    print(f"{name}\t{value!r}", flush=True)


def refused(name, call):
    """Runs a call the server must refuse and prints the client's exception."""
    try:
        step(name, call())
    except rt.exceptions.RtError as e:
        step(name, f"{type(e).__name__}: {e}")


step("login", tracker.login())
ticket = tracker.create_ticket(Queue="General", Subject="pyrt ticket", Text="first line\nsecond line",
                               **{"CF.{Need For Approval}": "No"})
step("create", ticket)
got = tracker.get_ticket(ticket)
step("get.Subject", got["Subject"])
step("get.Queue", got["Queue"])
step("get.Status", got["Status"])
step("edit", tracker.edit_ticket(ticket, Subject="pyrt ticket edited", Status="open"))
step("get.edited", tracker.get_ticket(ticket)["Subject"])
step("get.status.edited", tracker.get_ticket(ticket)["Status"])
refused("edit.unknown", lambda: tracker.edit_ticket(ticket, Spam="1", Subject="must not apply"))
step("get.after.unknown", tracker.get_ticket(ticket)["Subject"])
step("comment", tracker.comment(ticket, text="a comment",
                                files=[("note.txt", io.BytesIO(b"attachment one\nsecond line\n"), "text/plain")]))
step("reply", tracker.reply(ticket, text="a reply"))
attachments = tracker.get_attachments(ticket)
step("attachments", [(a[1], a[2]) for a in attachments])
step("attachment.content", tracker.get_attachment_content(ticket, attachments[0][0]))
history = tracker.get_history(ticket)
step("history.types", [h["Type"] for h in history])
step("search.subject", [t["id"] for t in tracker.search(Queue="General", Subject__like="pyrt")])
step("search.raw", [t["id"] for t in tracker.search(Queue=rt.rest1.ALL_QUEUES,
                                                     raw_query="Subject LIKE 'edited' AND Status = 'open'")])
step("take", tracker.take(ticket))
step("owner", tracker.get_ticket(ticket)["Owner"])
step("get.missing", tracker.get_ticket(999999))
step("logout", tracker.logout())
