package org.casebook.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates, statuses and presets as lists write them. */
class ListDatesTest {
    @Test
    void datesKeepThePrecisionTheCellGivesAndRefuseDaysThatDoNotExist() {
        assertThat(ListDates.parse("2018-03-05")).isEqualTo(new ListDates.ListDate("day", "2018-03-05"));
        assertThat(ListDates.parse("2018/3/5")).isEqualTo(new ListDates.ListDate("day", "2018-03-05"));
        assertThat(ListDates.parse("2018年3月5日")).isEqualTo(new ListDates.ListDate("day", "2018-03-05"));
        assertThat(ListDates.parse("05.03.2018")).isEqualTo(new ListDates.ListDate("day", "2018-03-05"));
        assertThat(ListDates.parse("２０１８年３月")).isEqualTo(new ListDates.ListDate("month", "2018-03"));
        assertThat(ListDates.parse("2018-03")).isEqualTo(new ListDates.ListDate("month", "2018-03"));
        assertThat(ListDates.parse("2017")).isEqualTo(new ListDates.ListDate("year", "2017"));
        assertThat(ListDates.parse("2017年")).isEqualTo(new ListDates.ListDate("year", "2017"));
        assertThat(ListDates.parse("2018-02-30")).isNull();
        assertThat(ListDates.parse("31.13.2018")).isNull();
        assertThat(ListDates.parse("last spring")).isNull();
        assertThat(ListDates.parse("in 2017 or 2018")).isNull();
        assertThat(ListDates.parse(null)).isNull();
    }

    @Test
    void birthYearsMayBeARange() {
        assertThat(ListDates.years("1963")).containsExactly(1963, 1963);
        assertThat(ListDates.years("1960–1965")).containsExactly(1960, 1965);
        assertThat(ListDates.years("1963-05-01")).containsExactly(1963, 1963);
        assertThat(ListDates.years("unknown")).isNull();
    }

    @Test
    void statusesInTheListsLanguagesBecomeClaimTypes() {
        assertThat(ListStatuses.claimType("收押")).contains("detained");
        assertThat(ListStatuses.claimType("教培")).contains("detained");
        assertThat(ListStatuses.claimType("Serbest bırakıldı")).contains("released");
        assertThat(ListStatuses.claimType("قولغا ئېلىنغان")).contains("detained");
        assertThat(ListStatuses.claimType("Қайтыс болды")).contains("died");
        assertThat(ListStatuses.claimType("No contact")).contains("no_contact");
        assertThat(ListStatuses.claimType("vocational school")).isEmpty();
    }

    @Test
    void aPresetMapsColumnsByHeaderInAnyOrder() {
        List<String> header = List.of("原因", "身份证号码", "姓名", "备注");
        assertThat(ListPresets.POLICE_LIST.apply(header))
                .containsEntry(0, ListColumns.Field.reason)
                .containsEntry(1, ListColumns.Field.national_id)
                .containsEntry(2, ListColumns.Field.name)
                .doesNotContainKey(3);
        ListPresets.Preset saved = ListPresets.Preset.of("mine", header, ListPresets.POLICE_LIST.apply(header));
        assertThat(saved.apply(List.of("姓名", "原因"))).containsEntry(0, ListColumns.Field.name);
    }
}
