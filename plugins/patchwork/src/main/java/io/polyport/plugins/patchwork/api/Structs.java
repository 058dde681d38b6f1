package io.polyport.plugins.patchwork.api;

import io.polyport.plugins.patchwork.store.CheckResult;
import io.polyport.plugins.patchwork.store.PatchSummary;
import io.polyport.plugins.patchwork.store.Person;
import io.polyport.plugins.patchwork.store.Project;
import io.polyport.plugins.patchwork.store.State;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The structs Patchwork's XML-RPC API answers with, member for member and in its order. Fields Patchwork sends
 * as {@code <base64>} (the printed form of a related object, or a date) are {@code byte[]} here.
 */
final class Structs {
    private Structs() {
    }

    static Map<String, Object> project(Project p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", p.id());
        s.put("linkname", p.linkname());
        s.put("name", p.name());
        return s;
    }

    static Map<String, Object> person(Person p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", p.id());
        s.put("email", p.email());
        s.put("name", p.name() == null ? p.email() : p.name());
        s.put("user", bytes(p.username() == null ? "None" : p.username()));
        return s;
    }

    static Map<String, Object> state(State state) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", state.id());
        s.put("name", state.name());
        return s;
    }

    static Map<String, Object> patch(PatchSummary p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", p.id());
        s.put("date", bytes(p.date()));
        s.put("filename", filename(p.name()));
        s.put("msgid", p.msgid());
        s.put("name", p.name());
        s.put("project", bytes(p.projectName()));
        s.put("project_id", p.projectId());
        s.put("state", bytes(p.stateName()));
        s.put("state_id", p.stateId());
        s.put("archived", p.archived());
        s.put("submitter", bytes(p.submitter().display()));
        s.put("submitter_id", p.submitter().id());
        s.put("delegate", bytes(p.delegateUsername() == null ? "None" : p.delegateUsername()));
        s.put("delegate_id", p.delegateId() == null ? 0L : p.delegateId());
        s.put("commit_ref", p.commitRef() == null ? "" : p.commitRef());
        s.put("hash", p.hash() == null ? "" : p.hash());
        return s;
    }

    static Map<String, Object> check(CheckResult c) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", c.id());
        s.put("date", bytes(c.date()));
        s.put("patch", bytes(c.patchName()));
        s.put("patch_id", c.patchId());
        s.put("user", bytes(c.username()));
        s.put("user_id", c.accountId());
        s.put("state", c.state().label());
        s.put("target_url", c.targetUrl());
        s.put("description", c.description());
        s.put("context", c.context());
        return s;
    }

    /** A patch's name as a file name: runs of other characters than {@code [-_A-Za-z0-9.]} become {@code -}. */
    static String filename(String name) {
        return name.replaceAll("[^-_A-Za-z0-9.]+", "-").replaceAll("^-+|-+$", "");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
