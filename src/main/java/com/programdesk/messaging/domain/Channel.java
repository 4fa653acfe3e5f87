package com.programdesk.messaging.domain;

/** Where a message goes: a user's e-mail, or a work-chat group's robot (企业微信, 钉钉). */
public enum Channel {
    EMAIL, WECOM, DINGTALK;

    public boolean isRobot() {
        return this != EMAIL;
    }

    public String messageKey() {
        return "messaging.channel." + name();
    }
}
