package io.polyport.testkit.sample;

import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;

/** Methods guarded by no permission, a view, a modify and an admin permission. */
@RpcService(value = "kit.access", doc = "Conformance kit: methods with permissions.")
public interface SampleAccess {
    /** Held by the kit's limited user. */
    String VIEW = "KIT_VIEW";
    /** Held by nobody but administrators. */
    String MODIFY = "KIT_MODIFY";
    /** Implies every {@code KIT_*} action. */
    String ADMIN = "KIT_ADMIN";

    @RpcMethod(doc = "Needs no permission beyond XML_RPC.")
    String open();

    @RpcMethod(permission = VIEW, doc = "Needs KIT_VIEW.")
    String view();

    @RpcMethod(permission = MODIFY, doc = "Needs KIT_MODIFY.")
    String modify();

    @RpcMethod(permission = ADMIN, doc = "Needs KIT_ADMIN.")
    String administer();

    /** The implementation the kit publishes. */
    final class Impl implements SampleAccess {
        @Override
        public String open() {
            return "open";
        }

        @Override
        public String view() {
            return "viewed";
        }

        @Override
        public String modify() {
            return "modified";
        }

        @Override
        public String administer() {
            return "administered";
        }
    }
}
