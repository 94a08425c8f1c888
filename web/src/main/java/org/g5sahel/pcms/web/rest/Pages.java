package org.g5sahel.pcms.web.rest;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import org.g5sahel.pcms.web.assets.StaticAssets;
import org.g5sahel.pcms.web.i18n.Language;
import org.g5sahel.pcms.web.i18n.Texts;
import org.g5sahel.pcms.web.identity.Officer;

/**
 * What every page shows around its content: the officer, the language and direction, the texts, the assets and the
 * current path (for the language switch). Pages call {@link #of(Template)} and add their own data.
 */
@RequestScoped
public class Pages {

    private final Language language;
    private final StaticAssets assets;
    private final Instance<Officer> officer;
    private final SecurityIdentity identity;
    private final HttpServerRequest request;

    public Pages(
            Language language,
            StaticAssets assets,
            Instance<Officer> officer,
            SecurityIdentity identity,
            HttpServerRequest request) {
        this.language = language;
        this.assets = assets;
        this.officer = officer;
        this.identity = identity;
        this.request = request;
    }

    public TemplateInstance of(Template template) {
        Officer signedIn = identity.isAnonymous() ? null : officer.get();
        TemplateInstance page = template.instance()
                .data("t", texts())
                .data("lang", language)
                .data("assets", assets)
                .data("path", request.path())
                .data("hx", request.getHeader("HX-Request") != null);
        if (signedIn != null) {
            page.data("officer", signedIn);
        }
        return page;
    }

    public Texts texts() {
        String state = identity.isAnonymous() ? null : officer.get().state();
        return new Texts(language.locale(), Language.zoneOf(state));
    }
}
