package org.g5sahel.pcms.firearms.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;
import org.g5sahel.pcms.commons.text.CsvFiles;
import org.g5sahel.pcms.commons.text.Lookalikes;
import org.g5sahel.pcms.firearms.config.FirearmsConfig;
import org.g5sahel.pcms.firearms.marking.Serials;
import org.g5sahel.pcms.firearms.model.Firearm;
import org.g5sahel.pcms.firearms.model.FirearmStatus;
import org.g5sahel.pcms.firearms.model.FirearmType;
import org.g5sahel.pcms.firearms.model.HolderCategory;
import org.g5sahel.pcms.firearms.model.ImportRow;
import org.g5sahel.pcms.firearms.model.StockpileImport;
import org.g5sahel.pcms.firearms.repository.FirearmRepository;
import org.g5sahel.pcms.firearms.repository.StockpileImportRepository;
import org.g5sahel.pcms.firearms.rest.FirearmRequest;

/**
 * Stockpile CSV import. Every data row gets an outcome: imported, already present (the agency holds a record of this
 * make and serial: what makes a re-import idempotent) or rejected with its reasons. Good rows and the report commit
 * together; a file that cannot be read as CSV, or lacks a required column, is refused whole.
 */
@ApplicationScoped
public class StockpileImportService {

    static final String RECORD_TYPE = "stockpile-import";
    static final List<String> REQUIRED = List.of("type", "make", "serialnumber", "holdercategory");
    static final Set<String> KNOWN = Set.of(
            "type",
            "make",
            "model",
            "calibre",
            "serialnumber",
            "manufacturecountry",
            "manufactureyear",
            "importcountry",
            "importyear",
            "othermarkings",
            "holdercategory",
            "custodyagency",
            "status");

    private final FirearmService firearms;
    private final FirearmRepository firearmRecords;
    private final StockpileImportRepository imports;
    private final AuditLog auditLog;
    private final Validator validator;
    private final FirearmsConfig config;
    private final Clock clock;

    public StockpileImportService(
            FirearmService firearms,
            FirearmRepository firearmRecords,
            StockpileImportRepository imports,
            AuditLog auditLog,
            Validator validator,
            FirearmsConfig config,
            Clock clock) {
        this.firearms = firearms;
        this.firearmRecords = firearmRecords;
        this.imports = imports;
        this.auditLog = auditLog;
        this.validator = validator;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public StockpileImport importCsv(Caller caller, String csv, String fileName, SharingTerms sharing) {
        if (csv == null || csv.isBlank()) {
            throw fileProblem("import.empty");
        }
        List<CsvFiles.Row> rows;
        try {
            rows = CsvFiles.read(csv);
        } catch (CsvFiles.MalformedException e) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    List.of(new Problem.FieldError("file", "import.malformed")),
                    "import.malformed-at",
                    e.line());
        }
        Map<String, Integer> columns = header(rows.get(0));
        List<CsvFiles.Row> data = rows.subList(1, rows.size()).stream()
                .filter(row -> !row.isBlank())
                .toList();
        if (data.isEmpty()) {
            throw fileProblem("import.no-rows");
        }
        if (data.size() > config.importMaxRows()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    List.of(new Problem.FieldError("file", "import.too-many-rows")),
                    "import.too-many-rows-detail",
                    config.importMaxRows());
        }
        LocalDate today = LocalDate.now(clock);
        // Validates the sharing terms once, before any row is written.
        Sovereignty.ownedBy(caller, sharing, Distribution.NATIONAL, config.recordReviewPeriod(), today);

        List<ImportRow> report = new ArrayList<>();
        Map<String, Firearm> seenInFile = new HashMap<>();
        for (CsvFiles.Row row : data) {
            report.add(importRow(caller, row, columns, sharing, today, seenInFile));
        }
        StockpileImport done = new StockpileImport();
        done.id = UUID.randomUUID();
        done.fileName = fileName == null || fileName.isBlank() ? null : fileName.strip();
        done.totalRows = report.size();
        done.imported = count(report, ImportRow.Outcome.IMPORTED);
        done.alreadyPresent = count(report, ImportRow.Outcome.ALREADY_PRESENT);
        done.rejected = count(report, ImportRow.Outcome.REJECTED);
        done.report = report;
        done.importedAt = clock.instant();
        done.importedBy = caller.username();
        done.sovereignty = Sovereignty.ownedBy(
                caller, SharingTerms.of(Distribution.AGENCY), Distribution.AGENCY, config.recordReviewPeriod(), today);
        imports.persist(done);
        auditLog.record(
                caller,
                AuditAction.CREATE,
                AuditedRecord.of(RECORD_TYPE, done.id, done.sovereignty, null, done.fileName),
                null,
                done.imported + " imported, " + done.alreadyPresent + " present, " + done.rejected + " rejected");
        return done;
    }

    @Transactional
    public StockpileImport get(Caller caller, UUID id) {
        return imports.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
    }

    private ImportRow importRow(
            Caller caller,
            CsvFiles.Row row,
            Map<String, Integer> columns,
            SharingTerms sharing,
            LocalDate today,
            Map<String, Firearm> seenInFile) {
        List<ImportRow.RowError> errors = new ArrayList<>();
        if (row.fields().size() != columns.size()) {
            return rejected(row, List.of(new ImportRow.RowError("row", "import.column-count")));
        }
        Function<String, String> cell = name -> Optional.ofNullable(columns.get(name))
                .map(index -> row.fields().get(index).strip())
                .filter(value -> !value.isEmpty())
                .orElse(null);
        // The file's identifiers lose their format characters as a JSON request's do (@IdentifierText).
        Function<String, String> identifier = name -> Lookalikes.removeFormatCharacters(cell.apply(name));
        FirearmRequest request = new FirearmRequest(
                enumCell(FirearmType.class, cell, "type", errors),
                identifier.apply("make"),
                identifier.apply("model"),
                cell.apply("calibre"),
                identifier.apply("serialnumber"),
                upper(cell.apply("manufacturecountry")),
                intCell(cell, "manufactureyear", errors),
                upper(cell.apply("importcountry")),
                intCell(cell, "importyear", errors),
                cell.apply("othermarkings"),
                enumCell(HolderCategory.class, cell, "holdercategory", errors),
                upper(cell.apply("custodyagency")),
                enumCell(FirearmStatus.class, cell, "status", errors),
                null);
        for (ConstraintViolation<FirearmRequest> violation : validator.validate(request)) {
            String field = violation.getPropertyPath().toString();
            if (errors.stream().noneMatch(error -> error.field().equals(field))) {
                errors.add(new ImportRow.RowError(field, violation.getMessage()));
            }
        }
        if (errors.isEmpty()) {
            request.draft()
                    .problems("", today)
                    .forEach(error -> errors.add(new ImportRow.RowError(error.field(), error.message())));
            if (request.status() == FirearmStatus.SEIZED) {
                errors.add(new ImportRow.RowError("status", "firearm.seized-through-seizures"));
            }
        }
        if (!errors.isEmpty()) {
            return rejected(row, errors);
        }
        String makeKey = FirearmService.makeKey(request.make());
        String serial = Serials.normalise(request.serialNumber());
        String identity = makeKey + "\u0001" + serial;
        Optional<Firearm> present = Optional.ofNullable(seenInFile.get(identity))
                .or(() -> firearmRecords.findOwned(caller.agency(), makeKey, serial));
        if (present.isPresent()) {
            return new ImportRow(
                    row.line(),
                    ImportRow.Outcome.ALREADY_PRESENT,
                    present.get().id,
                    present.get().reference,
                    List.of());
        }
        Firearm firearm = firearms.register(caller, request.draft(), sharing, "stockpile import", null);
        seenInFile.put(identity, firearm);
        return new ImportRow(row.line(), ImportRow.Outcome.IMPORTED, firearm.id, firearm.reference, List.of());
    }

    /** Column index by normalised name; unknown or missing required columns refuse the whole file. */
    private static Map<String, Integer> header(CsvFiles.Row header) {
        Map<String, Integer> columns = new HashMap<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields()
                    .get(i)
                    .strip()
                    .toLowerCase(Locale.ROOT)
                    .replace("_", "")
                    .replace(" ", "");
            if (!KNOWN.contains(name)) {
                errors.add(new Problem.FieldError("header[" + i + "]", "import.unknown-column"));
            } else if (columns.putIfAbsent(name, i) != null) {
                errors.add(new Problem.FieldError("header[" + i + "]", "import.duplicate-column"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                errors.add(new Problem.FieldError("header", "import.missing-" + required));
            }
        }
        Validation.requireNone(errors);
        return columns;
    }

    private static <E extends Enum<E>> E enumCell(
            Class<E> type, Function<String, String> cell, String column, List<ImportRow.RowError> errors) {
        String value = cell.apply(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(
                    type, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new ImportRow.RowError(fieldOf(column), "parameter.unknown-value"));
            return null;
        }
    }

    private static Integer intCell(Function<String, String> cell, String column, List<ImportRow.RowError> errors) {
        String value = cell.apply(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(new ImportRow.RowError(fieldOf(column), "import.not-a-year"));
            return null;
        }
    }

    /** The request field a column fills: {@code serialnumber} → {@code serialNumber}. */
    private static String fieldOf(String column) {
        return switch (column) {
            case "holdercategory" -> "holderCategory";
            case "manufactureyear" -> "manufactureYear";
            case "importyear" -> "importYear";
            default -> column;
        };
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static ImportRow rejected(CsvFiles.Row row, List<ImportRow.RowError> errors) {
        return new ImportRow(row.line(), ImportRow.Outcome.REJECTED, null, null, List.copyOf(errors));
    }

    private static int count(List<ImportRow> report, ImportRow.Outcome outcome) {
        return (int) report.stream().filter(row -> row.outcome() == outcome).count();
    }

    private static ProblemException fileProblem(String key) {
        return Validation.failed("file", key);
    }
}
