package com.programdesk.statistics.dashboard.service;

import com.programdesk.institution.domain.InstitutionType;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A plausible province for benchmarks: Zhejiang's 11 cities and 90 districts/counties, each with its health bureau,
 * MCH hospital, up to three hospitals and township health centres, until the wanted number of institutions is
 * reached (3,000 gives 33 or 34 per district). Codes ZJ-ccdd-nnn; names carry city and district, so they never
 * collide with the demo institutions.
 */
final class ProvinceInstitutions {

    record Generated(long id, String code, String nameZh, String nameEn, String shortName, InstitutionType type, String township,
                     double size, long areaId) {

        /** The same institution under another name (one the demo data already uses would be dropped by the unique key). */
        Generated named(String name) {
            return new Generated(id, code, name, nameEn, shortName, type, township, size, areaId);
        }
    }

    private static final String[][] CITIES = {
            {"杭州市", "上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "临平区", "钱塘区", "富阳区", "临安区", "桐庐县", "淳安县", "建德市"},
            {"宁波市", "海曙区", "江北区", "北仑区", "镇海区", "鄞州区", "奉化区", "余姚市", "慈溪市", "宁海县", "象山县"},
            {"温州市", "鹿城区", "龙湾区", "瓯海区", "洞头区", "瑞安市", "乐清市", "龙港市", "永嘉县", "平阳县", "苍南县", "文成县", "泰顺县"},
            {"嘉兴市", "南湖区", "秀洲区", "海宁市", "平湖市", "桐乡市", "嘉善县", "海盐县"},
            {"湖州市", "吴兴区", "南浔区", "德清县", "长兴县", "安吉县"},
            {"绍兴市", "越城区", "柯桥区", "上虞区", "诸暨市", "嵊州市", "新昌县"},
            {"金华市", "婺城区", "金东区", "兰溪市", "义乌市", "东阳市", "永康市", "武义县", "浦江县", "磐安县"},
            {"衢州市", "柯城区", "衢江区", "江山市", "龙游县", "常山县", "开化县"},
            {"舟山市", "定海区", "普陀区", "岱山县", "嵊泗县"},
            {"台州市", "椒江区", "黄岩区", "路桥区", "临海市", "温岭市", "玉环市", "三门县", "天台县", "仙居县"},
            {"丽水市", "莲都区", "龙泉市", "青田县", "缙云县", "遂昌县", "松阳县", "云和县", "庆元县", "景宁畲族自治县"}};
    private static final String[] TOWNS = {"城东街道", "城西街道", "城南街道", "城北街道", "新城街道", "江南街道", "江北街道", "东湖街道",
            "新塘镇", "大溪镇", "白石镇", "青山镇", "石门镇", "龙山镇", "马屿镇", "桃源镇", "花溪镇", "金山镇", "双溪镇", "横山镇",
            "长乐镇", "安仁镇", "塘下镇", "仙岩镇", "湖岭镇", "高楼镇", "东山镇", "西岙镇", "南溪镇", "北港镇", "梅溪镇", "柳溪镇",
            "凤凰镇", "三溪镇", "清水镇", "上塘乡", "岩头乡", "枫林乡", "黄坦乡", "溪口乡"};
    private static final String[] HOSPITALS = {"人民医院", "中医院", "第二人民医院"};

    private ProvinceInstitutions() {
    }

    static List<String[]> cities() {
        return List.of(CITIES);
    }

    /** The name of a district's {@code index}-th township (numbered after the 40 names are used up). */
    static String townName(int index) {
        return TOWNS[index % TOWNS.length] + (index < TOWNS.length ? "" : String.valueOf(index / TOWNS.length + 1));
    }

    static int districts() {
        int count = 0;
        for (String[] city : CITIES) {
            count += city.length - 1;
        }
        return count;
    }

    /**
     * {@code count} institutions with ids from {@code firstId} on, spread evenly over the districts: the bureau and the
     * hospitals in the county itself, the township health centres in its townships in turn.
     */
    static List<Generated> generate(int count, long firstId, ProvinceAreas areas) {
        List<Generated> result = new ArrayList<>(count);
        SplittableRandom random = new SplittableRandom(20_240_901L);
        int districts = districts();
        int district = 0;
        long id = firstId;
        for (int c = 0; c < CITIES.length; c++) {
            for (int d = 1; d < CITIES[c].length; d++, district++) {
                int here = count / districts + (district < count % districts ? 1 : 0);
                String place = CITIES[c][0] + CITIES[c][d];
                String prefix = "ZJ-%02d%02d-".formatted(c + 1, d);
                ProvinceAreas.County county = areas.counties().get(district);
                long countyId = county.county().id();
                for (int n = 0; n < here; n++) {
                    String code = prefix + "%03d".formatted(n);
                    result.add(switch (n) {
                        case 0 -> new Generated(id++, code, place + "卫生健康局", "Health Bureau " + code, CITIES[c][d] + "卫健局",
                                InstitutionType.HEALTH_BUREAU, null, 0, countyId);
                        case 1 -> new Generated(id++, code, place + "妇幼保健院", "MCH Hospital " + code, CITIES[c][d] + "妇保院",
                                InstitutionType.MCH_HOSPITAL, null, 1.0 + random.nextDouble(), countyId);
                        case 2, 3, 4 -> new Generated(id++, code, place + HOSPITALS[n - 2], "Hospital " + code, CITIES[c][d] + HOSPITALS[n - 2],
                                InstitutionType.GENERAL_HOSPITAL, null, 0.3 + random.nextDouble() * 0.7, countyId);
                        default -> township(id++, code, place, (n - 5) / county.townships().size(), random,
                                county.townships().get((n - 5) % county.townships().size()));
                    });
                }
            }
        }
        return result;
    }

    /** A health centre in the township it is placed in; the {@code round}-th of one township is numbered (第二, 第三). */
    private static Generated township(long id, String code, String place, int round, SplittableRandom random, ProvinceAreas.Generated area) {
        String town = area.nameZh();
        String number = round == 0 ? "" : round == 1 ? "第二" : "第" + (round + 1);
        String centre = town + number + (town.endsWith("街道") ? "社区卫生服务中心" : "卫生院");
        return new Generated(id, code, place + centre, "Township Health Centre " + code, centre,
                InstitutionType.TOWNSHIP_HEALTH_CENTRE, town, 0.05 + random.nextDouble() * 0.25, area.id());
    }
}
