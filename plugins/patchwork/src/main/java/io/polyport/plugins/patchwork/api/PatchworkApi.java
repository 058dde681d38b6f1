package io.polyport.plugins.patchwork.api;

import io.polyport.core.annotation.MethodKind;
import io.polyport.core.annotation.Param;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.invoke.Caller;
import java.util.List;
import java.util.Map;

/**
 * Patchwork's XML-RPC API (version 1.3, as Patchwork 3.1 serves it at {@code /xmlrpc/}), the API {@code pwclient}
 * speaks: flat method names, Patchwork's structs, {@code {}} or {@code ''} for what does not exist, fault code 1.
 */
@RpcService(value = "", resource = "patchwork",
        doc = "Patchwork's XML-RPC API: projects, people, patches, states and checks, as pwclient uses them.")
public interface PatchworkApi {
    String VIEW = "PATCH_VIEW";

    @RpcMethod(permission = VIEW, kind = MethodKind.READ,
            doc = "The version of Patchwork's XML-RPC API: [1, 3, 0].")
    List<Integer> pw_rpc_version();

    @RpcMethod(permission = VIEW, kind = MethodKind.LIST,
            doc = "Projects whose link name contains search_str (ignoring case), all when it is empty; max_count "
                    + "> 0 keeps the first N, < 0 the last N. Each: {id, linkname, name}.")
    List<Map<String, Object>> project_list(
            @Param(doc = "part of the link name", defaultValue = "\"\"") String search_str,
            @Param(doc = "at most this many (negative: the last ones); 0 for all", defaultValue = "0") int max_count);

    @RpcMethod(permission = VIEW, kind = MethodKind.READ,
            doc = "A project {id, linkname, name}, or {} when there is none with that id.")
    Map<String, Object> project_get(@Param(doc = "the project's id") int project_id);

    @RpcMethod(permission = VIEW, kind = MethodKind.LIST,
            doc = "People whose name or address contains search_str (ignoring case). Each: {id, email, name, user}, "
                    + "user (base64) the linked account or None.")
    List<Map<String, Object>> person_list(
            @Param(doc = "part of the name or address", defaultValue = "\"\"") String search_str,
            @Param(doc = "at most this many (negative: the last ones); 0 for all", defaultValue = "0") int max_count);

    @RpcMethod(permission = VIEW, kind = MethodKind.READ, doc = "A person, or {} when there is none with that id.")
    Map<String, Object> person_get(@Param(doc = "the person's id") int person_id);

    @RpcMethod(permission = VIEW, kind = MethodKind.LIST,
            doc = "Patches matching every entry of filt: keys id, name, project_id, submitter_id, delegate_id, "
                    + "archived, state_id, date, commit_ref, hash, msgid, optionally with a Django lookup "
                    + "(name__icontains, id__in, date__year, ...), and max_count. An unknown key selects nothing. "
                    + "Each: {id, date, filename, msgid, name, project, project_id, state, state_id, archived, "
                    + "submitter, submitter_id, delegate, delegate_id, commit_ref, hash}; date, project, state, "
                    + "submitter and delegate are base64.")
    List<Map<String, Object>> patch_list(@Param(doc = "the filter", defaultValue = "{}") Map<String, Object> filt);

    @RpcMethod(permission = VIEW, kind = MethodKind.READ, doc = "A patch, or {} when there is none with that id.")
    Map<String, Object> patch_get(@Param(doc = "the patch's id") int patch_id);

    @RpcMethod(permission = VIEW, kind = MethodKind.READ,
            doc = "The patch with that diff hash (in any project), or {}.")
    Map<String, Object> patch_get_by_hash(@Param(doc = "the 40 hex digit hash of the diff") String hash);

    @RpcMethod(permission = VIEW, kind = MethodKind.READ,
            doc = "The patch of the project (by link name) with that diff hash, or {}.")
    Map<String, Object> patch_get_by_project_hash(@Param(doc = "the project's link name") String project,
                                                  @Param(doc = "the hash of the diff") String hash);

    @RpcMethod(permission = VIEW, kind = MethodKind.READ,
            doc = "The patch as an mbox git am applies, with the Acked-by/Reviewed-by/Tested-by lines of its "
                    + "replies added; '' when there is no patch with that id.")
    String patch_get_mbox(@Param(doc = "the patch's id") int patch_id);

    @RpcMethod(permission = VIEW, kind = MethodKind.READ, doc = "The patch's diff, or '' when there is none.")
    String patch_get_diff(@Param(doc = "the patch's id") int patch_id);

    @RpcMethod(permission = VIEW, kind = MethodKind.ACTION,
            doc = "Sets state (a state id), commit_ref and archived of a patch; other keys are ignored. Needs "
                    + "authentication as a maintainer of the patch's project, its delegate or its submitter. "
                    + "Returns true.")
    boolean patch_set(Caller caller, @Param(doc = "the patch's id") int patch_id,
                      @Param(doc = "{state, commit_ref, archived}") Map<String, Object> params);

    @RpcMethod(permission = VIEW, kind = MethodKind.LIST,
            doc = "States whose name contains search_str (ignoring case), in their order. Each: {id, name}.")
    List<Map<String, Object>> state_list(
            @Param(doc = "part of the name", defaultValue = "\"\"") String search_str,
            @Param(doc = "at most this many (negative: the last ones); 0 for all", defaultValue = "0") int max_count);

    @RpcMethod(permission = VIEW, kind = MethodKind.READ, doc = "A state {id, name}, or {}.")
    Map<String, Object> state_get(@Param(doc = "the state's id") int state_id);

    @RpcMethod(permission = VIEW, kind = MethodKind.LIST,
            doc = "Checks matching every entry of filt: keys id, user (an account id), project_id, patch_id, "
                    + "max_count. Each: {id, date, patch, patch_id, user, user_id, state, target_url, description, "
                    + "context}; date, patch and user are base64.")
    List<Map<String, Object>> check_list(@Param(doc = "the filter", defaultValue = "{}") Map<String, Object> filt);

    @RpcMethod(permission = VIEW, kind = MethodKind.READ, doc = "A check, or {}.")
    Map<String, Object> check_get(@Param(doc = "the check's id") int check_id);

    @RpcMethod(permission = VIEW, kind = MethodKind.ACTION,
            doc = "Reports a test result on a patch as the authenticated caller, who must be allowed to edit the "
                    + "patch. state: pending, success, warning or fail. Returns true.")
    boolean check_create(Caller caller, @Param(doc = "the patch's id") int patch_id,
                         @Param(doc = "which test or test system") String context,
                         @Param(doc = "pending, success, warning or fail") String state,
                         @Param(doc = "where the details are", defaultValue = "\"\"") String target_url,
                         @Param(doc = "a short description", defaultValue = "\"\"") String description);

    @RpcMethod(permission = VIEW, kind = MethodKind.READ,
            doc = "The combined checks of a patch: {state, total, checks}, counting the latest check of each "
                    + "reporter and context; state is fail, warning, pending (also with no checks) or success. {} "
                    + "when there is no patch with that id.")
    Map<String, Object> patch_check_get(@Param(doc = "the patch's id") int patch_id);
}
