package org.casebook.lists;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Column mappings by header, kept to use again on the next list of the same layout. Two ship with Casebook: its own
 * export's persons file and the layout of the leaked Chinese police lists. Editors save their own.
 */
public final class ListPresets {
    /** A mapping by header (as {@link ListColumns#key} folds it), so columns may come in any order. */
    public record Preset(String name, Map<String, ListColumns.Field> byHeader) {
        /** The field of each column of a file with this header. */
        public Map<Integer, ListColumns.Field> apply(List<String> header) {
            Map<Integer, ListColumns.Field> columns = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                ListColumns.Field field = byHeader.get(ListColumns.key(header.get(i)));
                if (field != null) {
                    columns.put(i, field);
                }
            }
            return columns;
        }

        /** The preset that maps these headers as the columns are mapped now. */
        public static Preset of(String name, List<String> header, Map<Integer, ListColumns.Field> columns) {
            Map<String, ListColumns.Field> byHeader = new LinkedHashMap<>();
            columns.forEach((column, field) -> {
                if (column < header.size()) {
                    byHeader.put(ListColumns.key(header.get(column)), field);
                }
            });
            return new Preset(name, byHeader);
        }
    }

    public static final Preset CASEBOOK_EXPORT = new Preset(
            "casebook-export",
            headers(
                    "public_id", ListColumns.Field.public_id,
                    "name", ListColumns.Field.name,
                    "gender", ListColumns.Field.gender,
                    "birth_years", ListColumns.Field.birth_year,
                    "hometown", ListColumns.Field.hometown));

    public static final Preset POLICE_LIST = new Preset(
            "police-list",
            headers(
                    "姓名", ListColumns.Field.name,
                    "曾用名", ListColumns.Field.other_name,
                    "性别", ListColumns.Field.gender,
                    "身份证号", ListColumns.Field.national_id,
                    "身份证号码", ListColumns.Field.national_id,
                    "公民身份号码", ListColumns.Field.national_id,
                    "出生日期", ListColumns.Field.birth_date,
                    "户籍地", ListColumns.Field.hometown,
                    "籍贯", ListColumns.Field.hometown,
                    "住址", ListColumns.Field.address,
                    "家庭住址", ListColumns.Field.address,
                    "原因", ListColumns.Field.reason,
                    "收押原因", ListColumns.Field.reason,
                    "状态", ListColumns.Field.status,
                    "收押日期", ListColumns.Field.status_date,
                    "日期", ListColumns.Field.status_date,
                    "关押地点", ListColumns.Field.facility,
                    "收押单位", ListColumns.Field.facility));

    public static final List<Preset> SHIPPED = List.of(CASEBOOK_EXPORT, POLICE_LIST);

    private ListPresets() {}

    private static Map<String, ListColumns.Field> headers(Object... pairs) {
        Map<String, ListColumns.Field> headers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            headers.put(ListColumns.key((String) pairs[i]), (ListColumns.Field) pairs[i + 1]);
        }
        return headers;
    }
}
