package com.example.notes;

import io.polyport.core.annotation.Id;
import io.polyport.core.annotation.MethodKind;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import java.util.List;

@RpcService(value = "notes", resource = "notes", doc = "Short notes, kept in the plugin's own table.")
public interface NotesService {

    @RpcMethod(kind = MethodKind.CREATE, permission = "NOTE_WRITE", doc = "Adds a note; returns its id.")
    int create(String text, Caller caller);

    @RpcMethod(kind = MethodKind.READ, permission = "NOTE_VIEW", doc = "One note.")
    Note get(@Id int id);

    @RpcMethod(kind = MethodKind.LIST, permission = "NOTE_VIEW", doc = "Every note.")
    List<Note> list();

    @RpcMethod(kind = MethodKind.READ, permission = "NOTE_VIEW", doc = "The configured greeting.")
    String greeting();

    @RpcMethod(kind = MethodKind.READ, permission = "NOTE_VIEW",
            doc = "What the plugin heard of tickets, as 'KIND id' lines, oldest first.")
    List<String> ticketLog();

    @RpcMethod(kind = MethodKind.READ, permission = "NOTE_VIEW",
            doc = "A ticket's summary, read through ticket.get with the caller's permissions.")
    String ticketSummary(int ticket, CallContext context);
}
