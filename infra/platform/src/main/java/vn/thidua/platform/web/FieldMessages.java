package vn.thidua.platform.web;

import org.springframework.validation.FieldError;

import java.util.Map;

/** Bilingual messages for Bean Validation constraints, keyed by the constraint's simple name. */
final class FieldMessages {

    private record Pair(String vi, String en) {}

    private static final Map<String, Pair> BY_CONSTRAINT = Map.ofEntries(
            Map.entry("NotBlank", new Pair("không được để trống", "must not be blank")),
            Map.entry("NotNull", new Pair("là bắt buộc", "is required")),
            Map.entry("NotEmpty", new Pair("không được để trống", "must not be empty")),
            Map.entry("Size", new Pair("có độ dài không hợp lệ (từ {min} đến {max})", "has an invalid length (from {min} to {max})")),
            Map.entry("Pattern", new Pair("có định dạng không hợp lệ", "has an invalid format")),
            Map.entry("Email", new Pair("không phải địa chỉ thư điện tử hợp lệ", "is not a valid e-mail address")),
            Map.entry("Min", new Pair("phải lớn hơn hoặc bằng {value}", "must be at least {value}")),
            Map.entry("Max", new Pair("phải nhỏ hơn hoặc bằng {value}", "must be at most {value}")),
            Map.entry("Positive", new Pair("phải là số dương", "must be positive")),
            Map.entry("PastOrPresent", new Pair("không được ở tương lai", "must not be in the future")),
            Map.entry("FutureOrPresent", new Pair("không được ở quá khứ", "must not be in the past")));

    private FieldMessages() {
    }

    static String[] of(FieldError error) {
        Pair pair = BY_CONSTRAINT.getOrDefault(error.getCode(), new Pair("không hợp lệ", "is invalid"));
        return new String[] {fill(pair.vi(), error), fill(pair.en(), error)};
    }

    /** Bean Validation passes attribute values as trailing arguments; Size is (min, max) → args[2], args[1]. */
    private static String fill(String template, FieldError error) {
        Object[] args = error.getArguments();
        String result = template;
        if ("Size".equals(error.getCode()) && args != null && args.length >= 3) {
            result = result.replace("{min}", String.valueOf(args[2])).replace("{max}", String.valueOf(args[1]));
        } else if (args != null && args.length >= 2) {
            result = result.replace("{value}", String.valueOf(args[1]));
        }
        return result;
    }
}
