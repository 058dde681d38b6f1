package io.polyport.plugins.rt;

import io.polyport.core.invoke.Caller;
import io.polyport.core.plugin.LoginSessions;
import io.polyport.core.spi.Credentials;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Protocol;
import io.polyport.core.spi.RpcExchange;
import io.polyport.plugins.rt.http.BadRequestException;
import io.polyport.plugins.rt.http.RtReply;
import io.polyport.plugins.rt.http.RtRequest;
import io.polyport.plugins.rt.http.RtStatus;
import io.polyport.plugins.rt.resource.RtRouter;
import io.polyport.plugins.rt.ticket.Tracker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Request Tracker's REST 1.0 at {@code /REST/1.0/}, over Polyport's tickets. It finds credentials where RT clients
 * put them ({@code user} and {@code pass} parameters, the session cookie; HTTP Basic is the gateway's own) and lets
 * the gateway verify them; every ticket operation is a call through the invoker with the caller's permissions.
 */
public final class RtProtocol implements Protocol {
    /** The session cookie set by {@code POST /REST/1.0/} with {@code user} and {@code pass}. */
    static final String SESSION_COOKIE = "RT_SID_polyport";

    private final RtConfig config;
    private final LoginSessions sessions;
    private final RtRouter router;

    public RtProtocol(RtConfig config, LoginSessions sessions) {
        this.config = config;
        this.sessions = sessions;
        this.router = new RtRouter(config);
    }

    @Override
    public String name() {
        return "RT-REST";
    }

    @Override
    public java.util.Set<String> paths() {
        return java.util.Set.of("/REST/1.0");
    }

    @Override
    public java.util.Set<String> contentTypes() {
        return java.util.Set.of();
    }

    @Override
    public String description() {
        return "Request Tracker's REST 1.0 (`/REST/1.0/ticket/1/show`, `search/ticket?query=...`), for RT clients "
                + "such as python-rt and python-rtkit. Log in with `user` and `pass` parameters, a session "
                + "(`POST /REST/1.0/` with them sets a cookie) or HTTP Basic.";
    }

    @Override
    public Optional<Credentials> credentials(RpcExchange exchange) {
        RtRequest request;
        try {
            request = RtRequest.read(exchange);
        } catch (BadRequestException e) {
            return Optional.empty();
        }
        Optional<String> user = request.param("user");
        Optional<String> pass = request.param("pass");
        if (user.isPresent() && pass.isPresent()) {
            return Optional.of(new Credentials.Password(user.get(), pass.get()));
        }
        return request.cookie(SESSION_COOKIE).filter(token -> !token.isEmpty()).map(Credentials.Token::new);
    }

    @Override
    public void rejectRequest(RpcExchange exchange, int status, String message) {
        if (status == 401) {
            RtReply.of(RtStatus.CREDENTIALS_REQUIRED, "Your username or password is incorrect\n\n")
                    .send(exchange, config.version());
        } else {
            exchange.respond(status, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void handle(RpcExchange exchange, Gateway gateway) {
        RtRequest request;
        try {
            request = RtRequest.read(exchange);
        } catch (BadRequestException e) {
            RtReply.comments(RtStatus.BAD_REQUEST, e.getMessage()).send(exchange, config.version());
            return;
        }
        Caller caller = request.context().caller();
        if (request.path().equals(java.util.List.of("logout"))) {
            logout(exchange, request);
            return;
        }
        if (!caller.authenticated()) {
            RtReply.of(RtStatus.CREDENTIALS_REQUIRED, "").send(exchange, config.version());
            return;
        }
        if (request.path().isEmpty()) {
            login(exchange, request, caller);
            return;
        }
        router.route(request, new Tracker(gateway.invoker(), request.context())).send(exchange, config.version());
    }

    /** {@code POST /REST/1.0/} with {@code user} and {@code pass}: a session cookie for later requests. */
    private void login(RpcExchange exchange, RtRequest request, Caller caller) {
        if (request.param("user").isPresent()) {
            String token = sessions.open(caller, Duration.ofMinutes(config.sessionMinutes()));
            exchange.setResponseHeader("Set-Cookie", SESSION_COOKIE + "=" + token + "; Path=/; Max-Age="
                    + config.sessionMinutes() * 60 + "; HttpOnly; SameSite=Lax");
        }
        RtReply.ok("# Invalid object specification: ''\n\nid: \n\n").send(exchange, config.version());
    }

    /** {@code /REST/1.0/logout}: ends the session of the cookie, if any. */
    private void logout(RpcExchange exchange, RtRequest request) {
        request.cookie(SESSION_COOKIE).filter(token -> !token.isEmpty()).ifPresent(sessions::close);
        exchange.setResponseHeader("Set-Cookie", SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
        RtReply.ok("").send(exchange, config.version());
    }
}
