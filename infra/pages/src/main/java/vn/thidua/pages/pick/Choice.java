package vn.thidua.pages.pick;

import java.util.List;

/**
 * One answer of a picker's JSON endpoint: what the form submits ({@code id}), what the person reads
 * ({@code label}) and where it sits ({@code path}, e.g. "Tỉnh Quảng Trị › Huyện Vĩnh Linh › Thị trấn Hồ Xá").
 */
public record Choice(String id, String label, String path) {

    public static final String SEPARATOR = " › ";

    /** A unit's choice: its path is its ancestors' names, root first, then its own. */
    public static Choice unit(String id, String name, List<String> ancestorNames) {
        return new Choice(id, name, String.join(SEPARATOR, java.util.stream.Stream.concat(
                ancestorNames.stream(), java.util.stream.Stream.of(name)).toList()));
    }
}
