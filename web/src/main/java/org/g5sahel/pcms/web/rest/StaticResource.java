package org.g5sahel.pcms.web.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.g5sahel.pcms.web.assets.StaticAssets;

/**
 * Fingerprinted static files, the web app manifest, the service worker and the offline page: everything the console
 * serves without a session.
 */
@Path("/")
@PermitAll
public class StaticResource {

    private static final String YEAR = "public, max-age=31536000, immutable";

    private final StaticAssets assets;
    private final Pages pages;
    private final Template offline;
    private final Template serviceWorker;
    private final Template manifest;

    public StaticResource(
            StaticAssets assets,
            Pages pages,
            @Location("offline.html") Template offline,
            @Location("sw.js") Template serviceWorker,
            @Location("manifest.webmanifest") Template manifest) {
        this.assets = assets;
        this.pages = pages;
        this.offline = offline;
        this.serviceWorker = serviceWorker;
        this.manifest = manifest;
    }

    @GET
    @Path("static/{fingerprint}/{name}")
    public Response asset(@PathParam("fingerprint") String fingerprint, @PathParam("name") String name) {
        return assets.find(fingerprint, name)
                .map(asset -> Response.ok(asset.content(), asset.contentType()).header("Cache-Control", YEAR))
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).header("Cache-Control", "no-store"))
                .build();
    }

    /** At the root so that it may control every page; short caching so that a new version reaches phones soon. */
    @GET
    @Path("sw.js")
    @Produces("text/javascript; charset=utf-8")
    public Response serviceWorker() {
        return Response.ok(serviceWorker
                        .data("assets", assets)
                        .data("version", assets.version())
                        .render())
                .header("Cache-Control", "no-cache")
                .build();
    }

    @GET
    @Path("manifest.webmanifest")
    @Produces("application/manifest+json")
    public Response manifest() {
        return Response.ok(manifest.data("assets", assets).render())
                .header("Cache-Control", "no-cache")
                .build();
    }

    /** Shown by the service worker when the network is gone: it says that no record is kept on the phone. */
    @GET
    @Path("offline")
    @Produces("text/html; charset=utf-8")
    public Response offline() {
        return Response.ok(pages.of(offline).render())
                .header("Cache-Control", "no-cache")
                .build();
    }
}
