package io.polyport.tracker.ticket.admin;

import io.polyport.core.annotation.RpcService;

/** The {@code ticket.resolution} namespace. */
@RpcService(value = "ticket.resolution", doc = "Interface to ticket resolution objects.")
public interface TicketResolutionService extends EnumService {
}
