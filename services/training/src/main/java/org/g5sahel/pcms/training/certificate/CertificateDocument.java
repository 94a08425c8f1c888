package org.g5sahel.pcms.training.certificate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.training.model.Certificate;

/**
 * A certificate as its holder carries it (the JSON behind the printed certificate and its QR code): every field but
 * the signature is signed, so a forged or altered copy is detected with the issuer's public key alone.
 */
@Schema(name = "CertificateDocument")
public record CertificateDocument(
        @NotBlank @Size(max = 40) @Schema(example = "PCMS-7KQ2-M9XD-4TRA")
        String code,

        @NotBlank @Size(max = 200) String holderName,
        @NotBlank @Size(max = 60) String holderAgency,
        @NotBlank @Size(max = 10) String holderState,
        @NotBlank @Size(max = 60) String courseCode,
        @NotBlank @Size(max = 300) String courseTitleFr,
        @NotBlank @Size(max = 300) String courseTitleEn,
        @NotNull LocalDate completedOn,
        LocalDate validUntil,
        @NotNull Instant issuedAt,
        @NotBlank @Size(max = 64) String keyId,
        @NotBlank @Size(max = 200) String signature) {

    private static final String FORMAT = "pcms-training-certificate-v1";

    public static CertificateDocument of(Certificate certificate) {
        return new CertificateDocument(
                certificate.code,
                certificate.holderName,
                certificate.holderAgency,
                certificate.holderState,
                certificate.courseCode,
                certificate.courseTitleFr,
                certificate.courseTitleEn,
                certificate.completedOn,
                certificate.validUntil,
                certificate.issuedAt,
                certificate.keyId,
                certificate.signature);
    }

    /**
     * The exact bytes that are signed: the format name and each field, one per line, with backslashes and line breaks
     * escaped so that no two different certificates share a text.
     */
    public byte[] signedBytes() {
        return Stream.of(
                        FORMAT,
                        code,
                        holderName,
                        holderAgency,
                        holderState,
                        courseCode,
                        courseTitleFr,
                        courseTitleEn,
                        completedOn.toString(),
                        validUntil == null ? "" : validUntil.toString(),
                        issuedAt.toString(),
                        keyId)
                .map(field -> field.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"))
                .collect(Collectors.joining("\n"))
                .getBytes(StandardCharsets.UTF_8);
    }
}
