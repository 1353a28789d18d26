package org.baoku.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The invented daily of a corpus: its city, masthead facts and staff. Drawn from the seed once, so
 * every issue of a corpus names the same paper, president, reporters and editors.
 */
public record FictionalPaper(String city, String fileCode, String title, String publisher, String sponsor,
                             String serialNumber, String president, List<String> reporters, List<String> editors,
                             List<String> correspondents, List<String> districts, List<String> towns) {

    // city name syllables with their pinyin initial, so file names read like the demo's qc-20240311-A01
    private static final String[][] CITY_FIRST = {{"云", "y"}, {"澜", "l"}, {"桐", "t"}, {"沅", "y"}, {"枫", "f"},
            {"汀", "t"}, {"霁", "j"}, {"岚", "l"}, {"溪", "x"}, {"棠", "t"}};
    private static final String[][] CITY_SECOND = {{"州", "z"}, {"川", "c"}, {"阳", "y"}, {"宁", "n"}, {"安", "a"},
            {"原", "y"}, {"平", "p"}, {"丰", "f"}};
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private static final String GIVEN = "晓明华丽建军伟芳娜敏静秀英杰涛磊洋勇艳强平刚桂兰志红霞春雪梅琳欣怡思远文博嘉宇泽浩然子轩雨萱佳慧一鸣立新海燕宏亮国庆玉凤晨曦冬梅立平凡";
    private static final String PLACE_FIRST = "东西南北新安兴和永宁长丰平清石河龙凤桃柳杨榆";
    private static final String PLACE_SECOND = "城湖山桥港园林原口庄塘岭坪渡";

    public static FictionalPaper invent(long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        String[] first = CITY_FIRST[random.nextInt(CITY_FIRST.length)];
        String[] second = CITY_SECOND[random.nextInt(CITY_SECOND.length)];
        String city = first[0] + second[0];
        String title = city + "日报";
        // CN 99-xxxx: region code 99 is not assigned to any province, so the serial cannot be a real paper's
        String serial = String.format("CN 99-%04d", random.nextInt(1, 10000));
        List<String> people = names(random, 64);
        List<String> places = places(random, 14);
        return new FictionalPaper(city, first[1] + second[1], title, title + "社", "中共" + city + "市委", serial,
                people.get(0), people.subList(1, 41), people.subList(41, 51), people.subList(51, 64),
                places.subList(0, 6).stream().map(p -> p + "区").toList(),
                places.subList(6, 14).stream().map(p -> p + "镇").toList());
    }

    private static List<String> names(SplittableRandom random, int count) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
            int givenLength = random.nextInt(4) == 0 ? 1 : 2;
            for (int i = 0; i < givenLength; i++) {
                name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
            }
            names.add(name.toString());
        }
        return new ArrayList<>(names);
    }

    private static List<String> places(SplittableRandom random, int count) {
        LinkedHashSet<String> places = new LinkedHashSet<>();
        while (places.size() < count) {
            places.add("" + PLACE_FIRST.charAt(random.nextInt(PLACE_FIRST.length()))
                    + PLACE_SECOND.charAt(random.nextInt(PLACE_SECOND.length())));
        }
        return new ArrayList<>(places);
    }
}
