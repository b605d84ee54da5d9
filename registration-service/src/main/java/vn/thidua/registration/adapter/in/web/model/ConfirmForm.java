package vn.thidua.registration.adapter.in.web.model;

/**
 * The confirm-content form on an "other" model's page: a button. The confirming unit is the model's managing
 * unit, and the signed-in officer must be a managing-unit officer over it (checked by the application).
 */
public class ConfirmForm {
}
