package org.g5sahel.pcms.bench.data;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.g5sahel.pcms.bench.Api;
import org.g5sahel.pcms.bench.Platform;

/**
 * A generated list of the size and shape of OFAC's SDN list (about 18,000 entries: three in four individuals with
 * one to three strong aliases and a date or year of birth, the others entities), in OFAC's own XML ({@code sdnList}),
 * imported into aml as {@code US-OFAC-SDN} by the regional coordinator, as the real file would be. The real list cannot
 * be downloaded here: its names are drawn from the bench's name table, so it is a list of that size and shape, not
 * OFAC's list.
 */
public final class OfacSizeList {

    public static final String CODE = "US-OFAC-SDN";
    public static final int ENTRIES = 18_000;
    private static final String[] ENTITY_WORDS = {
        "Trading", "Establishment", "Company", "General Trading", "Import Export", "Transport", "Exchange", "Holding"
    };

    private final Platform platform;
    private final Names names;
    private final Api api = new Api();

    public OfacSizeList(Platform platform, Names names) {
        this.platform = platform;
        this.names = names;
    }

    /** Imports the list unless an import of it is already in force; answers what was done. */
    public Map<String, Object> ensure(int entries) {
        String lists = platform.serviceUrl("aml") + "/api/aml/v1/sanctions-lists/" + CODE;
        Api.Answer imports = api.get(lists + "/imports", platform.token("g5-coordinator"));
        if (imports.status() == 200 && imports.body().size() > 0) {
            return Map.of("list", CODE, "imported", false, "entries", entries);
        }
        byte[] xml = xml(entries).getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        api.postBytes(lists + "/imports", platform.token("g5-coordinator"), xml, "application/xml")
                .requireStatus(201);
        return Map.of(
                "list",
                CODE,
                "imported",
                true,
                "entries",
                entries,
                "bytes",
                xml.length,
                "importSeconds",
                Math.round((System.nanoTime() - started) / 1e7) / 100.0);
    }

    String xml(int entries) {
        Random random = new Random(18_000);
        StringBuilder out = new StringBuilder(entries * 700);
        out.append("<?xml version=\"1.0\" standalone=\"yes\"?>\n<sdnList xmlns=\"https://sanctionslistservice.ofac"
                        + ".treas.gov/api/PublicationPreview/exports/XML\">\n  <publshInformation>\n    <Publish_Date>")
                .append(LocalDate.now().format(DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT)))
                .append("</Publish_Date>\n    <Record_Count>")
                .append(entries)
                .append("</Record_Count>\n  </publshInformation>\n");
        int uid = 900_000;
        for (int e = 0; e < entries; e++) {
            boolean individual = random.nextInt(4) != 0;
            out.append("  <sdnEntry>\n    <uid>").append(uid++).append("</uid>\n");
            if (individual) {
                String[] name = names.unlisted(random).split(" ");
                out.append("    <firstName>")
                        .append(name[0])
                        .append(' ')
                        .append(name[1])
                        .append("</firstName>\n")
                        .append("    <lastName>")
                        .append(name[2].toUpperCase(Locale.ROOT))
                        .append("</lastName>\n")
                        .append("    <sdnType>Individual</sdnType>\n");
            } else {
                out.append("    <lastName>")
                        .append(names.unlisted(random).split(" ")[0])
                        .append(' ')
                        .append(ENTITY_WORDS[random.nextInt(ENTITY_WORDS.length)])
                        .append("</lastName>\n")
                        .append("    <sdnType>Entity</sdnType>\n");
            }
            out.append("    <programList>\n      <program>SDGT</program>\n    </programList>\n");
            int aliases = individual ? 1 + random.nextInt(3) : random.nextInt(2);
            if (aliases > 0) {
                out.append("    <akaList>\n");
                for (int a = 0; a < aliases; a++) {
                    String[] alias = names.unlisted(random).split(" ");
                    out.append("      <aka>\n        <uid>")
                            .append(uid++)
                            .append("</uid>\n")
                            .append("        <type>a.k.a.</type>\n        <category>strong</category>\n")
                            .append("        <lastName>")
                            .append(alias[2].toUpperCase(Locale.ROOT))
                            .append("</lastName>\n        <firstName>")
                            .append(alias[0])
                            .append("</firstName>\n")
                            .append("      </aka>\n");
                }
                out.append("    </akaList>\n");
            }
            if (individual) {
                LocalDate born = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(25_000));
                String written = random.nextBoolean()
                        ? Integer.toString(born.getYear())
                        : born.format(DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH));
                out.append("    <dateOfBirthList>\n      <dateOfBirthItem>\n        <uid>")
                        .append(uid++)
                        .append("</uid>\n        <dateOfBirth>")
                        .append(written)
                        .append("</dateOfBirth>\n")
                        .append("        <mainEntry>true</mainEntry>\n      </dateOfBirthItem>\n")
                        .append("    </dateOfBirthList>\n");
            }
            out.append("  </sdnEntry>\n");
        }
        return out.append("</sdnList>\n").toString();
    }
}
