package vn.thidua.registration.application.unit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One change an import applied: which row, which unit, what happened (OPENED, RENAMED, MOVED, RECLASSIFIED, CLOSED). */
@Document("unit_import_changes")
public record UnitImportChange(@Id String id, String jobId, int seq, Integer line, String unitId, String action,
                               String detail) {
}
