package org.casebook.lists;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which field of a person each column of a list holds, recognised from its header in the languages lists come in:
 * Casebook's own export, a Chinese police list (姓名, 身份证号, 出生日期, 住址, 原因), a relatives' association's
 * spreadsheet in Uyghur, Turkish or English. A documenter can change the mapping; this is the first guess.
 */
public final class ListColumns {
    /** The fields a row can give. */
    public enum Field {
        public_id,
        name,
        other_name,
        national_id,
        birth_date,
        birth_year,
        gender,
        hometown,
        address,
        status,
        status_date,
        place,
        facility,
        reason
    }

    private static final Map<String, Field> HEADERS = headers();

    private ListColumns() {}

    /** The guessed field of each column (by position); columns whose header means nothing known are left out. */
    public static Map<Integer, Field> guess(List<String> header) {
        Map<Integer, Field> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Field field = HEADERS.get(key(header.get(i)));
            if (field != null && !fields.containsValue(field)) {
                fields.put(i, field);
            } else if (field == Field.name) {
                fields.put(i, Field.other_name);
            }
        }
        return fields;
    }

    /** A header as compared: case, width, spacing and punctuation around it left out. */
    public static String key(String header) {
        String folded = Normalizer.normalize(header, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_\\-:：()（）*]+", "");
        return folded.startsWith("\uFEFF") ? folded.substring(1) : folded;
    }

    private static Map<String, Field> headers() {
        Map<String, Field> headers = new LinkedHashMap<>();
        put(headers, Field.public_id, "public_id", "publicid", "person_public_id");
        put(
                headers,
                Field.name,
                "name",
                "fullname",
                "姓名",
                "名字",
                "ئىسىم",
                "ئىسمى",
                "isim",
                "adısoyadı",
                "adsoyad",
                "имя",
                "фио",
                "аты-жөні");
        put(headers, Field.other_name, "othername", "alias", "曾用名", "别名", "باشقائىسمى", "diğerad");
        put(
                headers,
                Field.national_id,
                "nationalid",
                "idnumber",
                "身份证号",
                "身份证号码",
                "公民身份号码",
                "kimlikno",
                "كىملىكنومۇرى");
        put(headers, Field.birth_date, "birthdate", "dateofbirth", "出生日期", "出生年月", "doğumtarihi", "تۇغۇلغانۋاقتى");
        put(headers, Field.birth_year, "birthyear", "birth_years", "birthyears", "出生年份", "doğumyılı", "تۇغۇلغانيىلى");
        put(headers, Field.gender, "gender", "sex", "性别", "cinsiyet", "جىنسى", "пол", "жынысы");
        put(headers, Field.hometown, "hometown", "籍贯", "户籍地", "memleket", "يۇرتى");
        put(headers, Field.address, "address", "住址", "地址", "家庭住址", "adres", "ئادرېسى", "адрес", "мекенжайы");
        put(headers, Field.status, "status", "状态", "durum", "ھالىتى");
        put(headers, Field.status_date, "statusdate", "date", "日期", "tarih", "ۋاقتى");
        put(headers, Field.place, "place", "地点", "yer", "جاي");
        put(headers, Field.facility, "facility", "camp", "关押地点", "收押单位", "kamp", "لاگېر");
        put(headers, Field.reason, "reason", "原因", "收押原因", "sebep", "سەۋەبى");
        return headers;
    }

    private static void put(Map<String, Field> headers, Field field, String... names) {
        for (String name : names) {
            headers.put(key(name), field);
        }
    }
}
