package vn.thidua.award.application.document;

/** Writes a round's list as a spreadsheet (.xlsx) (port; Apache POI in {@code adapter/out/file}). */
public interface RoundSheetWriter {

    byte[] write(RoundListing listing);
}
