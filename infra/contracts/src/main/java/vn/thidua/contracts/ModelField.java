package vn.thidua.contracts;

/**
 * Field of a "Dân vận khéo" model: comprehensive (mô hình toàn diện) or a single field (từng lĩnh vực) —
 * kinh tế, văn hóa - xã hội, quốc phòng - an ninh, xây dựng hệ thống chính trị, xây dựng nông thôn mới, khác.
 */
public enum ModelField {
    COMPREHENSIVE, ECONOMY, CULTURE_SOCIETY, DEFENCE_SECURITY, POLITICAL_SYSTEM, NEW_RURAL_CONSTRUCTION, OTHER
}
