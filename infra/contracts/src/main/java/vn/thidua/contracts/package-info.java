/**
 * The published language of Thi Đua ("Dân vận khéo" emulation movements): integration events other
 * bounded contexts and other ministries may consume. Plain Java on purpose — no framework types, so
 * any consumer can depend on it. Serialized form = the record components only (see the JSON Schemas
 * under {@code contracts/schemas}); changes are additive only, anything else is a new version.
 */
package vn.thidua.contracts;
