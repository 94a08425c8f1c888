package org.g5sahel.pcms.web.assets;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The console's scripts and styles, loaded once and named by a hash of their content ({@code /static/<hash>/app.css}):
 * a browser keeps them for a year and fetches a file again only when it changed. htmx comes from its WebJar (no CDN,
 * no Node build).
 */
@ApplicationScoped
@TemplateData
public class StaticAssets {

    private static final String HTMX = "META-INF/resources/webjars/htmx.org/%s/dist/htmx.min.js";

    /** Served name to (type, bytes). */
    private final Map<String, Asset> assets = new TreeMap<>();

    private final String version;

    public record Asset(String contentType, byte[] content) {}

    public StaticAssets() {
        add("app.css", "text/css; charset=utf-8", "static/app.css");
        add("app.js", "text/javascript; charset=utf-8", "static/app.js");
        add("icon.svg", "image/svg+xml", "static/icon.svg");
        add("htmx.js", "text/javascript; charset=utf-8", HTMX.formatted(htmxVersion()));
        this.version = hash(assets.values().stream().map(Asset::content).toArray(byte[][]::new));
    }

    /** The fingerprinted URL of an asset, for templates: {@code {assets.url('app.css')}}. */
    public String url(String name) {
        if (!assets.containsKey(name)) {
            throw new IllegalArgumentException("No static asset " + name);
        }
        return "/static/" + version + "/" + name;
    }

    /** The asset of a fingerprinted URL; an old fingerprint finds nothing (the page that named it is old too). */
    public Optional<Asset> find(String fingerprint, String name) {
        return version.equals(fingerprint) ? Optional.ofNullable(assets.get(name)) : Optional.empty();
    }

    /** One fingerprint for all: the service worker caches them together. */
    public String version() {
        return version;
    }

    public Iterable<String> names() {
        return assets.keySet();
    }

    private void add(String name, String contentType, String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing static resource " + resource);
            }
            assets.put(name, new Asset(contentType, in.readAllBytes()));
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + resource, e);
        }
    }

    private static String htmxVersion() {
        try (InputStream in = Thread.currentThread()
                .getContextClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/htmx.org/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("The htmx WebJar is missing", e);
        }
    }

    private static String hash(byte[]... contents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] content : contents) {
                digest.update(content);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
