package com.programdesk.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lists show enough of a phone number to recognise it, never the whole number. */
class PhoneNumbersTest {

    @Test
    void mobileNumbersKeepTheirFirstThreeAndLastFourDigits() {
        assertThat(PhoneNumbers.mask("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void landlinesKeepTheirAreaCodeAndLastFourDigits() {
        assertThat(PhoneNumbers.mask("0577-61234567")).isEqualTo("0577-****4567");
        assertThat(PhoneNumbers.mask("057761234567")).isEqualTo("0577-****4567");
        assertThat(PhoneNumbers.mask("010-61234567")).isEqualTo("010-****4567");
    }

    @Test
    void acceptsMobilesAndLandlinesWithAreaCodeOnly() {
        assertThat(PhoneNumbers.isValid("13812345678")).isTrue();
        assertThat(PhoneNumbers.isValid("0577-61234567")).isTrue();
        assertThat(PhoneNumbers.isValid("12345")).isFalse();
        assertThat(PhoneNumbers.isValid("61234567")).isFalse();
        assertThat(PhoneNumbers.isValid("1381234567a")).isFalse();
    }

    @Test
    void emptyPhoneShowsNothing() {
        assertThat(PhoneNumbers.mask(null)).isEmpty();
        assertThat(PhoneNumbers.mask(" ")).isEmpty();
    }
}
