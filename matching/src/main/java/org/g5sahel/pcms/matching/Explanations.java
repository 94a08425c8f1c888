package org.g5sahel.pcms.matching;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Explanations in the officer's language (French by default, English, Arabic): one sentence per word of a
 * comparison — which spelling matched which, by which rule — then one per second signal and the decision.
 * <pre>
 * « Uthman » ~ « Osman » : translittération de l’arabe (0,93)
 * </pre>
 * The sentences come from the {@code Messages} bundle of this package: {@code rule.X} for each {@link Rule},
 * {@code signal.birthDate.X} and so on for the second signals, {@code decision.X} for each {@link Decision.Reason}.
 */
public final class Explanations {

    static final String BUNDLE = "org.g5sahel.pcms.matching.Messages";

    private Explanations() {}

    /** The sentence of one word of the comparison. */
    public static String render(TokenMatch match, Locale locale) {
        ResourceBundle messages = bundle(locale);
        String rule = messages.getString("rule." + match.rule().name());
        String pattern;
        if (match.query() == null) {
            pattern = messages.getString("token.listedOnly");
        } else if (match.listed() == null) {
            pattern = messages.getString("token.queryOnly");
        } else {
            pattern = messages.getString("token.pair");
        }
        return new MessageFormat(pattern, locale)
                .format(new Object[] {match.query(), match.listed(), rule, match.similarity()});
    }

    /** Every sentence of a comparison and its decision, in order: words, reordering, second signals, decision. */
    public static List<String> render(Comparison comparison, Decision decision, Locale locale) {
        ResourceBundle messages = bundle(locale);
        List<String> lines = new ArrayList<>();
        for (TokenMatch match : comparison.tokens()) {
            lines.add(render(match, locale));
        }
        if (comparison.reordered()) {
            lines.add(messages.getString("rule.REORDERED"));
        }
        Signals signals = comparison.signals();
        lines.add(messages.getString("signal.birthDate." + signals.birthDate().name()));
        if (signals.nationality() != Agreement.UNKNOWN) {
            lines.add(messages.getString(
                    "signal.nationality." + signals.nationality().name()));
        }
        if (signals.document() != Agreement.UNKNOWN) {
            lines.add(messages.getString("signal.document." + signals.document().name()));
        }
        if (decision != null) {
            lines.add(new MessageFormat(
                            messages.getString("decision." + decision.reason().name()), locale)
                    .format(new Object[] {decision.nameScore(), decision.threshold()}));
        }
        return lines;
    }

    static ResourceBundle bundle(Locale locale) {
        // French is the platform's working language: the base bundle, whatever the JVM's default locale.
        return ResourceBundle.getBundle(
                BUNDLE,
                locale == null ? Locale.FRENCH : locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
