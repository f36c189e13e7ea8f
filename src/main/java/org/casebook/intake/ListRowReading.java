package org.casebook.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casebook.facility.Facility;
import org.casebook.facility.FacilityService;
import org.casebook.lists.ListColumns;
import org.casebook.lists.ListDates;
import org.casebook.lists.ListStatuses;
import org.casebook.names.NameKeys;
import org.casebook.names.NationalIds;
import org.casebook.person.NameCommand;
import org.casebook.person.PersonCommand;
import org.casebook.place.Place;
import org.casebook.place.PlaceService;

/**
 * A list's row as the person and the claim it gives, by the column mapping the editor confirmed: the same reading for
 * the dry run and the import. Places and facilities are named in the list; a name that fits no place, or more than
 * one facility (none, or several), is left out and the row says so.
 */
final class ListRowReading {
    /** What a row says happened, before the person it is about is known. */
    record ClaimDraft(
            String type,
            String datePrecision,
            String date,
            Long placeId,
            String facilityPublicId,
            String charge,
            String quote) {}

    /**
     * @param note a message key for something of the row that was left out (an unknown status or facility), or null
     */
    record Entry(PersonCommand person, String nationalId, ClaimDraft claim, String note) {
        /** What finds the same person again within one file: the number when given, else the name and birth year. */
        String sameRowKey() {
            if (nationalId != null) {
                return "id:" + NationalIds.normalize(nationalId);
            }
            return "name:"
                    + String.join(
                            " ",
                            NameKeys.words(
                                    NameKeys.toLatin(person.names().getFirst().text()))) + "/" + person.birthYearFrom();
        }
    }

    private final Map<Integer, ListColumns.Field> columns;
    private final String defaultClaimType;
    /** Where a name fits several places. */
    private static final Long AMBIGUOUS = -1L;

    private final Map<String, Long> placeIds;
    private final FacilityService facilities;
    private final Map<String, String> facilityIds = new HashMap<>();

    ListRowReading(
            Map<Integer, ListColumns.Field> columns,
            String defaultClaimType,
            PlaceService places,
            FacilityService facilities) {
        this.columns = columns;
        this.defaultClaimType = defaultClaimType;
        this.placeIds = placeIds(places);
        this.facilities = facilities;
    }

    Entry read(List<String> cells) {
        Map<ListColumns.Field, String> values = new HashMap<>();
        List<NameCommand> names = new ArrayList<>();
        for (Map.Entry<Integer, ListColumns.Field> column : columns.entrySet()) {
            String value =
                    column.getKey() < cells.size() ? cells.get(column.getKey()).strip() : "";
            if (value.isEmpty()) {
                continue;
            }
            switch (column.getValue()) {
                case name -> names.addFirst(new NameCommand(value, "primary", null, null, null));
                case other_name -> names.add(new NameCommand(value, "alias", null, null, null));
                default -> values.putIfAbsent(column.getValue(), value);
            }
        }
        int[] years = ListDates.years(
                values.getOrDefault(ListColumns.Field.birth_year, values.get(ListColumns.Field.birth_date)));
        Long hometown = place(values.get(ListColumns.Field.hometown));
        boolean placeLeftOut = unknownPlace(values.get(ListColumns.Field.hometown))
                || unknownPlace(values.get(ListColumns.Field.place));
        String nationalId = values.get(ListColumns.Field.national_id);
        PersonCommand person = new PersonCommand(
                gender(values.getOrDefault(ListColumns.Field.gender, "")),
                years == null ? null : years[0],
                years == null ? null : years[1],
                null,
                hometown,
                null,
                null,
                false,
                names,
                null,
                null,
                nationalId);
        String note = placeLeftOut ? "app.imports.note.place" : null;
        String type = defaultClaimType;
        String status = values.get(ListColumns.Field.status);
        if (status != null) {
            type = ListStatuses.claimType(status).orElse(null);
            note = type == null ? "app.imports.note.status" : null;
        }
        String facility = null;
        String facilityName = values.get(ListColumns.Field.facility);
        if (facilityName != null) {
            facility = facility(facilityName);
            note = facility == null ? "app.imports.note.facility" : note;
            type = type == null && facility != null ? "held_at" : type;
        }
        ClaimDraft claim = null;
        if (type != null) {
            ListDates.ListDate date = ListDates.parse(values.get(ListColumns.Field.status_date));
            if (date == null && values.containsKey(ListColumns.Field.status_date)) {
                note = "app.imports.note.date";
            }
            claim = new ClaimDraft(
                    type,
                    date == null ? "unknown" : date.precision(),
                    date == null ? null : date.date(),
                    place(values.get(ListColumns.Field.place)),
                    facility,
                    values.get(ListColumns.Field.reason),
                    status);
        }
        return new Entry(person, nationalId == null ? null : nationalId.strip(), claim, note);
    }

    private Long place(String name) {
        Long id = name == null ? null : placeIds.get(name.toLowerCase(Locale.ROOT));
        return id == null || AMBIGUOUS.equals(id) ? null : id;
    }

    /** A place named that fits no single place: none, or several (two villages of one name). */
    private boolean unknownPlace(String name) {
        return name != null && place(name) == null;
    }

    private String facility(String name) {
        return facilityIds
                .computeIfAbsent(name, n -> {
                    List<Facility> found = facilities.named(n);
                    return found.size() == 1 ? found.getFirst().publicId() : "";
                })
                .transform(id -> id.isEmpty() ? null : id);
    }

    /** Gender as lists write it, in the languages they come in. */
    static String gender(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "f", "female", "woman", "女", "kadın", "kadin", "ئايال", "ж", "жен", "женский", "әйел" -> "female";
            case "m", "male", "man", "男", "erkek", "ئەر", "м", "муж", "мужской", "ер" -> "male";
            default -> "unknown";
        };
    }

    /** Each place by its names, lower-cased; a name several places share stands for none of them. */
    private static Map<String, Long> placeIds(PlaceService places) {
        Map<String, Long> ids = new HashMap<>();
        for (Place place : places.all()) {
            if (place.retracted()) {
                continue;
            }
            List<String> names = new ArrayList<>(place.otherNames());
            names.add(place.name());
            for (String name : names) {
                ids.merge(name.toLowerCase(Locale.ROOT), place.id(), (a, b) -> a.equals(b) ? a : AMBIGUOUS);
            }
        }
        return ids;
    }
}
