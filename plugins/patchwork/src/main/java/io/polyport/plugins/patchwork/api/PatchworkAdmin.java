package io.polyport.plugins.patchwork.api;

import io.polyport.core.annotation.MethodKind;
import io.polyport.core.annotation.Param;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.invoke.Caller;
import java.util.List;
import java.util.Map;

/**
 * What Patchwork does outside its XML-RPC API (its {@code parsemail} command and its admin pages): filing mail,
 * managing projects and their maintainers, delegating patches.
 */
@RpcService(value = "patchwork", resource = "patchwork-admin",
        doc = "Patchwork administration: file mail into projects, manage projects, maintainers and delegates.")
public interface PatchworkAdmin {
    String ADMIN = "PATCH_ADMIN";

    @RpcMethod(permission = ADMIN,
            doc = "Files the messages of an mbox (one mail, or many each starting with a 'From ' line) as "
                    + "Patchwork's parsemail does: patches, cover letters and replies go into the project whose "
                    + "list id is list_id or, when it is empty, the mail's List-Id. All or nothing: a malformed mail "
                    + "or a message id already filed fails the call and files none. Returns, per message, "
                    + "{msgid, kind (patch, cover, comment or ignored), id, project, reason}.")
    List<Map<String, Object>> parsemail(@Param(doc = "the mbox text") String mbox,
                                        @Param(doc = "the list id to file under; empty: the mail's List-Id",
                                                defaultValue = "\"\"") String list_id);

    @RpcMethod(name = "project.get", permission = PatchworkApi.VIEW, kind = MethodKind.READ,
            doc = "A project with all its settings and maintainers: {id, linkname, name, listid, listemail, "
                    + "subject_match, web_url, scm_url, webscm_url, maintainers}.")
    Map<String, Object> projectGet(@Param(doc = "the project's link name") String linkname);

    @RpcMethod(name = "project.create", permission = ADMIN,
            doc = "Creates a project. attributes may set subject_match, web_url, scm_url and webscm_url. Returns "
                    + "the project as project.get does.")
    Map<String, Object> projectCreate(@Param(doc = "short name, letters, digits, '-', '_' and '.'") String linkname,
                                      @Param(doc = "display name") String name,
                                      @Param(doc = "the mailing list's List-Id, e.g. dev.example.org") String listid,
                                      @Param(doc = "the list's address") String listemail,
                                      @Param(doc = "further settings", defaultValue = "{}")
                                      Map<String, Object> attributes);

    @RpcMethod(name = "project.update", permission = ADMIN,
            doc = "Changes a project's settings: any of linkname, name, listid, listemail, subject_match, web_url, "
                    + "scm_url, webscm_url. Returns the project.")
    Map<String, Object> projectUpdate(@Param(doc = "the project's link name") String linkname,
                                      @Param(doc = "the settings to change") Map<String, Object> attributes);

    @RpcMethod(name = "project.delete", permission = ADMIN,
            doc = "Deletes a project with its patches, cover letters, comments, series and checks.")
    boolean projectDelete(@Param(doc = "the project's link name") String linkname);

    @RpcMethod(name = "project.addMaintainer", permission = ADMIN,
            doc = "Makes a Polyport user a maintainer of the project: it may then change its patches (patch_set, "
                    + "check_create, patch.setDelegate). Returns false when it already was one.")
    boolean addMaintainer(@Param(doc = "the project's link name") String linkname,
                          @Param(doc = "the user name") String username);

    @RpcMethod(name = "project.removeMaintainer", permission = ADMIN,
            doc = "Removes a maintainer of the project. Returns false when the user was none.")
    boolean removeMaintainer(@Param(doc = "the project's link name") String linkname,
                             @Param(doc = "the user name") String username);

    @RpcMethod(name = "patch.setDelegate", permission = PatchworkApi.VIEW,
            doc = "Delegates a patch to a Polyport user (empty: to nobody). Allowed to holders of PATCH_ADMIN and "
                    + "to maintainers of the patch's project.")
    boolean setDelegate(Caller caller, @Param(doc = "the patch's id") int patch_id,
                        @Param(doc = "the user name, or empty") String username);

    @RpcMethod(name = "person.setUser", permission = ADMIN,
            doc = "Links a mail sender to a Polyport user (empty: unlinks), so that the user may edit the patches "
                    + "it sent.")
    boolean setPersonUser(@Param(doc = "the person's id") int person_id,
                          @Param(doc = "the user name, or empty") String username);
}
