package vn.thidua.registration.application.unit;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.NotFound;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Demo organisation units that no public file has (villages, the commune's party committee and mass
 * organisations, the agencies and party cells of a district or province), as import rows for
 * {@link UnitImports#submitRows}: believable Vietnamese names, the same for the same seed. Only with the
 * {@code demo} profile; kinds, levels and codes are described in the service README.
 */
@Profile("demo")
@Service
public class DemoUnits {

    public static final String VILLAGE = "village";
    public static final String PARTY_COMMITTEE = "party-committee";
    public static final String PARTY_CELL = "party-cell";
    public static final String MASS_ORGANISATION = "mass-organisation";
    public static final String AGENCY = "agency";
    public static final Set<String> GENERATED_KINDS = Set.of(VILLAGE, PARTY_COMMITTEE, PARTY_CELL, MASS_ORGANISATION, AGENCY);

    /** Northern mountain provinces, where villages are often bản with Tày-Nùng, Thái or H'Mông names. */
    private static final Set<String> NORTHERN_MOUNTAINS = Set.of("02", "04", "06", "08", "10", "11", "12", "14", "15", "20");
    /** Central Highlands, where many villages carry K'Ho, Ê Đê or Jrai names. */
    private static final Set<String> HIGHLANDS = Set.of("62", "64", "66", "67", "68");

    private static final List<String> KINH_FIRST = List.of("Tân", "Phú", "An", "Hòa", "Bình", "Đông", "Tây", "Nam",
            "Bắc", "Trung", "Thượng", "Hạ", "Xuân", "Thanh", "Quang", "Minh", "Phước", "Long", "Hưng", "Thịnh",
            "Vĩnh", "Đức", "Thuận", "Yên", "Mỹ", "Cát", "Kim", "Ngọc", "Lộc", "Hiền");
    private static final List<String> KINH_SECOND = List.of("Lập", "Thành", "Hòa", "Phú", "Lợi", "Mỹ", "Lộc",
            "Khánh", "Hưng", "Tiến", "Thắng", "Trung", "Đông", "Tây", "Sơn", "Hải", "Giang", "Bình", "An",
            "Phong", "Thủy", "Lâm", "Hiệp", "Định", "Xuân", "Thái", "Phước", "Long", "Quang", "Nghĩa");
    private static final List<String> TAY_FIRST = List.of("Nà", "Khuổi", "Pác", "Bó", "Lũng", "Phai", "Cốc",
            "Nặm", "Pò", "Khòn", "Còn", "Kéo", "Tềnh", "Nà Tổng", "Hin", "Pắc");
    private static final List<String> TAY_SECOND = List.of("Lìm", "Phầy", "Mạ", "Pục", "Sla", "Làng", "Khao",
            "Cáy", "Tàu", "Thin", "Muồng", "Mò", "Slam", "Pha", "Đeng", "Luông", "Nưa", "Vài", "Ngòa", "Khuông");
    private static final List<String> HIGHLAND_NAMES = List.of("Ka Đô", "Pró", "Ma Đanh", "Đạ Ròn", "K'Long",
            "Ha Giòn", "Krăng Gọ", "Đa Kai", "Kinh Tế", "Ja Rách", "Pró Ngó", "Tơ Kriêng", "Suối Thông", "Kăn Kil",
            "Châu Sơn", "Lạc Nghiệp", "Quỳnh Châu", "Ta Ly", "Đa Ra Hoa", "Ka Rái");

    /** The commune's mass organisations: code suffix, short name, official name, whether wards have it. */
    private static final List<String[]> COMMUNE_MASS = List.of(
            new String[] {"MT", "Mặt trận Tổ quốc", "Ủy ban Mặt trận Tổ quốc Việt Nam", "yes"},
            new String[] {"PN", "Hội Phụ nữ", "Hội Liên hiệp Phụ nữ", "yes"},
            new String[] {"ND", "Hội Nông dân", "Hội Nông dân", "no"},
            new String[] {"DTN", "Đoàn Thanh niên", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "yes"},
            new String[] {"CCB", "Hội Cựu chiến binh", "Hội Cựu chiến binh", "yes"});

    /** Agencies of a district or province: the party's ({@code %s} = Huyện ủy/Tỉnh ủy) and the government's. */
    private static final List<String> PARTY_AGENCIES = List.of("Văn phòng %s", "Ban Dân vận %s", "Ban Tổ chức %s",
            "Ban Tuyên giáo %s", "Ủy ban Kiểm tra %s");
    private static final List<String> DISTRICT_OFFICES = List.of("Văn phòng HĐND và UBND", "Phòng Nông nghiệp và Phát triển nông thôn",
            "Phòng Giáo dục và Đào tạo", "Phòng Tài chính - Kế hoạch", "Phòng Văn hóa và Thông tin",
            "Phòng Lao động - Thương binh và Xã hội", "Phòng Tài nguyên và Môi trường", "Phòng Y tế", "Phòng Nội vụ",
            "Trung tâm Y tế", "Ban Quản lý dự án đầu tư xây dựng");
    private static final List<String> PROVINCE_OFFICES = List.of("Văn phòng UBND", "Sở Nông nghiệp và Môi trường",
            "Sở Giáo dục và Đào tạo", "Sở Tài chính", "Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế", "Sở Nội vụ",
            "Sở Xây dựng", "Sở Công Thương", "Sở Khoa học và Công nghệ");

    private final UnitQueries tree;

    public DemoUnits(UnitQueries tree) {
        this.tree = tree;
    }

    /**
     * Demo units for an area of the tree (a province, a district or a commune), as import rows: for every commune
     * in it villages, a party committee and mass organisations; for every district (and for the area itself when
     * it is a province) agencies with their party cells, and mass organisations.
     */
    public List<UnitRow> forArea(String areaCode, long seed) {
        List<UnitView> units = tree.withSubtree(areaCode);
        if (units.isEmpty()) throw NotFound.referenceData("đơn vị", "unit", areaCode);
        return generate(units, seed);
    }

    /** The generation itself, for the given units (an area and what is below it), without reading anything. */
    public static List<UnitRow> generate(List<UnitView> units, long seed) {
        List<UnitView> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparing(UnitView::unitId));
        List<UnitRow> rows = new ArrayList<>();
        for (UnitView unit : sorted) {
            if (unit.kind() != null && GENERATED_KINDS.contains(unit.kind())) continue;
            if ("commune".equals(unit.level())) {
                rows.addAll(villages(unit, seed));
                rows.addAll(communeOrganisations(unit));
            } else if ("district".equals(unit.level()) || ("province".equals(unit.level()) && unit.parentId() == null)) {
                rows.addAll(agencies(unit, seed));
            }
        }
        return rows;
    }

    /** Thôn, bản or khu phố of a commune: 4–14 of them, named in the style of its region. */
    public static List<UnitRow> villages(UnitView commune, long seed) {
        Random random = random(seed, commune.unitId());
        String province = province(commune);
        boolean urban = "phường".equals(commune.kind()) || "thị trấn".equals(commune.kind());
        int count = urban ? 4 + random.nextInt(7) : 6 + random.nextInt(9);
        Set<String> names = new LinkedHashSet<>();
        int attempts = 0;
        while (names.size() < count && attempts++ < 500) {
            if (urban) {
                names.add(random.nextInt(3) == 0 ? "Khu phố " + kinhName(random) : "Khu phố " + (names.size() + 1));
            } else if (NORTHERN_MOUNTAINS.contains(province)) {
                String word = random.nextBoolean() ? "Bản" : "Thôn";
                names.add(word + " " + pick(random, TAY_FIRST) + " " + pick(random, TAY_SECOND));
            } else if (HIGHLANDS.contains(province)) {
                String word = "66".equals(province) && random.nextBoolean() ? "Buôn" : "Thôn";
                names.add(random.nextInt(3) == 0 ? "Thôn " + (names.size() + 1) : word + " " + pick(random, HIGHLAND_NAMES));
            } else {
                names.add(random.nextInt(6) == 0 ? "Thôn " + kinhName(random) + " " + pick(random, List.of("Đông", "Tây", "Nam", "Bắc", "Thượng", "Hạ"))
                        : "Thôn " + kinhName(random));
            }
        }
        List<UnitRow> rows = new ArrayList<>();
        int number = 0;
        for (String name : names) {
            String word = name.startsWith("Khu phố") ? "khu phố" : name.startsWith("Bản") ? "bản"
                    : name.startsWith("Buôn") ? "buôn" : "thôn";
            rows.add(row(commune, String.format("%s-T%02d", commune.unitId(), ++number), VILLAGE, VILLAGE, name, name,
                    word));
        }
        return rows;
    }

    /** The commune's party committee and its mass organisations (no farmers' union in a ward). */
    public static List<UnitRow> communeOrganisations(UnitView commune) {
        String of = lowerFirst(commune.fullName());
        List<UnitRow> rows = new ArrayList<>();
        rows.add(row(commune, commune.unitId() + "-DU", PARTY_COMMITTEE, commune.level(), "Đảng ủy " + of,
                "Đảng ủy " + of, "đảng"));
        boolean ward = "phường".equals(commune.kind());
        for (String[] mass : COMMUNE_MASS) {
            if (ward && "no".equals(mass[3])) continue;
            rows.add(row(commune, commune.unitId() + "-" + mass[0], MASS_ORGANISATION, commune.level(),
                    mass[1] + " " + of, mass[2] + " " + of, "đoàn thể"));
        }
        return rows;
    }

    /** Agencies of a district or province, each with its party cell, and its mass organisations. */
    public static List<UnitRow> agencies(UnitView unit, long seed) {
        Random random = random(seed, unit.unitId());
        boolean province = "province".equals(unit.level());
        String of = lowerFirst(unit.fullName());
        String committee = partyCommittee(unit) + " " + unit.name();
        List<String> names = new ArrayList<>();
        names.add(String.format(PARTY_AGENCIES.get(0), committee));
        names.add(String.format(PARTY_AGENCIES.get(1), committee)); // Ban Dân vận: the movement's organiser
        List<String> others = new ArrayList<>();
        PARTY_AGENCIES.subList(2, PARTY_AGENCIES.size()).forEach(a -> others.add(String.format(a, committee)));
        List<String> offices = province ? PROVINCE_OFFICES : DISTRICT_OFFICES;
        names.add(offices.get(0) + " " + of);
        offices.subList(1, offices.size()).forEach(o -> others.add(o + " " + of));
        Collections.shuffle(others, random);
        names.addAll(others.subList(0, Math.min(others.size(), 4 + random.nextInt(4))));
        List<UnitRow> rows = new ArrayList<>();
        int number = 0;
        for (String name : names) {
            String code = String.format("%s-CQ%02d", unit.unitId(), ++number);
            rows.add(row(unit, code, AGENCY, unit.level(), name, name, "cơ quan"));
            rows.add(new UnitRow(null, code + "-CB", code, unit.level(), PARTY_CELL, "Chi bộ " + name,
                    "Chi bộ " + name, null, "đảng", date(unit.openedOn()), date(unit.closedOn()), null, 0));
        }
        for (String[] mass : COMMUNE_MASS) {
            rows.add(row(unit, unit.unitId() + "-" + mass[0], MASS_ORGANISATION, unit.level(), mass[1] + " " + of,
                    mass[2] + " " + of, "đoàn thể"));
        }
        return rows;
    }

    private static UnitRow row(UnitView parent, String code, String kind, String level, String name, String fullName,
                               String group) {
        return new UnitRow(null, code, parent.unitId(), level, kind, name, fullName, null, group,
                date(parent.openedOn()), date(parent.closedOn()), null, 0);
    }

    private static String partyCommittee(UnitView unit) {
        String kind = unit.kind() == null ? "" : unit.kind();
        if ("province".equals(unit.level())) return "thành phố".equals(kind) ? "Thành ủy" : "Tỉnh ủy";
        return switch (kind) {
            case "quận" -> "Quận ủy";
            case "thị xã" -> "Thị ủy";
            case "thành phố" -> "Thành ủy";
            default -> "Huyện ủy";
        };
    }

    private static String kinhName(Random random) {
        String first = pick(random, KINH_FIRST);
        String second = pick(random, KINH_SECOND);
        while (second.equals(first)) second = pick(random, KINH_SECOND);
        return first + " " + second;
    }

    private static String province(UnitView unit) {
        if (unit.ancestorIds() != null && !unit.ancestorIds().isEmpty()) return unit.ancestorIds().get(0);
        return unit.parentId() == null ? unit.unitId() : unit.parentId();
    }

    private static String lowerFirst(String text) {
        if (text == null || text.isEmpty()) return "";
        return text.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + text.substring(1);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static Random random(long seed, String code) {
        return new Random(seed * 1_000_003L + code.hashCode());
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
