package vn.thidua.contracts;

/** New or continuing model (mô hình mới / tiếp tục duy trì): NEW = xây dựng mới; CONTINUING = tiếp tục thực hiện. */
public enum ModelNovelty { NEW, CONTINUING }
