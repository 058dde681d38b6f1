package io.polyport.rest.sample;

import io.polyport.core.error.RpcException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Versioned pages in memory. */
public final class InMemoryWiki implements SampleWiki {
    private final Map<String, List<String>> pages = new TreeMap<>();

    @Override
    public synchronized List<String> getAllPages() {
        return new ArrayList<>(pages.keySet());
    }

    @Override
    public synchronized String getPage(String pagename, Integer version) {
        List<String> versions = versions(pagename);
        int v = version == null ? versions.size() : version;
        if (v < 1 || v > versions.size()) {
            throw RpcException.notFound("Wiki page \"" + pagename + "\" has no version " + v);
        }
        return versions.get(v - 1);
    }

    @Override
    public synchronized String getPageVersion(String pagename, Integer version) {
        return getPage(pagename, version);
    }

    @Override
    public synchronized List<Map<String, Object>> getPageVersions(String pagename) {
        List<Map<String, Object>> infos = new ArrayList<>();
        for (int version = versions(pagename).size(); version >= 1; version--) {
            infos.add(getPageInfo(pagename, version));
        }
        return infos;
    }

    @Override
    public synchronized Map<String, Object> getPageInfo(String pagename, Integer version) {
        return Map.of("name", pagename, "version", version == null ? versions(pagename).size() : version);
    }

    @Override
    public synchronized boolean putPage(String pagename, String content, Map<String, Object> attributes) {
        pages.computeIfAbsent(pagename, k -> new ArrayList<>()).add(content);
        return true;
    }

    @Override
    public synchronized boolean deletePage(String name, Integer version) {
        return pages.remove(name) != null;
    }

    @Override
    public byte[] getAttachment(String path) {
        throw RpcException.notFound("no attachment " + path);
    }

    @Override
    public String wikiToHtml(String text) {
        return "<p>" + text + "</p>";
    }

    private List<String> versions(String pagename) {
        List<String> versions = pages.get(pagename);
        if (versions == null) {
            throw RpcException.notFound("Wiki page \"" + pagename + "\" does not exist");
        }
        return versions;
    }
}
