package io.polyport.plugins.patchwork.testing;

/**
 * Loads the data the reference Patchwork held into a Polyport with the plugin, through the plugin's own
 * methods: projects {@code demo} (maintained by {@code maint}) and {@code other}, the fixture mails filed with
 * list id {@code demo.example.org}, and Carol's patch (5) delegated to {@code maint}.
 */
public final class FixtureData {
    /** Calls one method as an administrator. */
    @FunctionalInterface
    public interface AdminCall {
        Object call(String method, Object... args) throws Exception;
    }

    private FixtureData() {
    }

    public static void load(AdminCall admin) throws Exception {
        admin.call("patchwork.project.create", "demo", "Demo Project", "demo.example.org", "demo@example.org");
        admin.call("patchwork.project.create", "other", "Other Project", "other.example.org", "other@example.org");
        admin.call("patchwork.project.addMaintainer", "demo", "maint");
        for (String mail : Fixtures.MAILS) {
            admin.call("patchwork.parsemail", Fixtures.mail(mail), "demo.example.org");
        }
        admin.call("patchwork.patch.setDelegate", 5, "maint");
    }
}
