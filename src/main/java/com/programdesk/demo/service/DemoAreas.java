package com.programdesk.demo.service;

import com.programdesk.area.domain.Area;
import com.programdesk.area.domain.AreaLevel;
import com.programdesk.area.service.AreaService;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The part of the area tree the demo uses, with the official codes (行政区划代码): 浙江省 → 温州市 → 乐清市
 * and its townships and streets, 浙江省 → 绍兴市 → 柯桥区 → 齐贤街道, 越城区 for the Shaoxing MCH hospital,
 * and 上海市 → 浦东新区 for the partner hospital.
 */
@Component
class DemoAreas {

    private final AreaService areas;
    private final Map<String, Area> byCode = new HashMap<>();

    DemoAreas(AreaService areas) {
        this.areas = areas;
    }

    /** Areas by official code. */
    Map<String, Area> load() {
        Area zhejiang = area("330000", AreaLevel.PROVINCE, "浙江省", "Zhejiang", null);
        Area wenzhou = area("330300", AreaLevel.CITY, "温州市", "Wenzhou", zhejiang);
        area("330302", AreaLevel.COUNTY, "鹿城区", "Lucheng District", wenzhou);
        area("330381", AreaLevel.COUNTY, "瑞安市", "Rui'an", wenzhou);
        Area yueqing = area("330382", AreaLevel.COUNTY, "乐清市", "Yueqing", wenzhou);
        area("330382001000", AreaLevel.TOWNSHIP, "城东街道", "Chengdong Subdistrict", yueqing);
        area("330382002000", AreaLevel.TOWNSHIP, "乐成街道", "Lecheng Subdistrict", yueqing);
        area("330382006000", AreaLevel.TOWNSHIP, "白石街道", "Baishi Subdistrict", yueqing);
        area("330382101000", AreaLevel.TOWNSHIP, "大荆镇", "Dajing Town", yueqing);
        area("330382108000", AreaLevel.TOWNSHIP, "虹桥镇", "Hongqiao Town", yueqing);
        area("330382114000", AreaLevel.TOWNSHIP, "柳市镇", "Liushi Town", yueqing);
        area("330382122000", AreaLevel.TOWNSHIP, "南塘镇", "Nantang Town", yueqing);
        Area shaoxing = area("330600", AreaLevel.CITY, "绍兴市", "Shaoxing", zhejiang);
        area("330602", AreaLevel.COUNTY, "越城区", "Yuecheng District", shaoxing);
        Area keqiao = area("330603", AreaLevel.COUNTY, "柯桥区", "Keqiao District", shaoxing);
        area("330603005000", AreaLevel.TOWNSHIP, "齐贤街道", "Qixian Subdistrict", keqiao);
        Area shanghai = area("310000", AreaLevel.PROVINCE, "上海市", "Shanghai", null);
        Area shanghaiCity = area("310100", AreaLevel.CITY, "上海市市辖区", "Shanghai (city districts)", shanghai);
        area("310115", AreaLevel.COUNTY, "浦东新区", "Pudong New Area", shanghaiCity);
        return byCode;
    }

    private Area area(String code, AreaLevel level, String nameZh, String nameEn, Area parent) {
        Area saved = areas.save(new Area(code, level, nameZh, nameEn, parent == null ? null : parent.getId()));
        byCode.put(code, saved);
        return saved;
    }
}
