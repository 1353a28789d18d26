package org.baoku.issuefile.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Pages of 云岭日报, a fictional daily written for these tests (not real news), and access to the shared
 * real sample page.
 */
public final class FictionalPages {

    /** A front page: masthead on three lines, date cut by OCR, two stories, one continued on A02. */
    public static final String FRONT_PAGE = """



            2024年5月 20

            中共云岭市委主管主办 云岭日报社出版 总第5120期 今日8版
            甲辰年四月十三 星期一 国内统一连续出版物号: CN 88-0001 社长: 林木

            # 云岭新区首批企业入驻

            本报讯 (记者王小明、李华)5月19日,云岭新区举行首批企业入驻仪式,12家企业签约落户,总投资约46亿元。

            新区管委会负责人介绍,首批入驻企业涵盖新材料、智能制造和现代物流等领域。(下转A02版)①

            ## 河湖治理取得新进展

            本报记者 张青

            今年以来,我市持续推进河湖治理,完成河道清淤38公里,新建生态护岸12公里。
            """;

    /** An inner page with its header on one line. */
    public static final String INNER_PAGE = """
            A02 要闻 2024年5月20日 星期一 责任编辑：周文

            (上接A01版)①新区还将配套建设人才公寓和职工食堂,为入驻企业提供全周期服务。

            # 云岭港新开两条航线

            本报讯（记者陈东）5月18日,云岭港新开通至沿海港口的两条集装箱航线。
            """;

    /**
     * A longer front page (about 3 KB, the size of a thin real page): masthead with a romanised title, a
     * guide, three stories and a wire story, for tests that damage bytes at random.
     */
    public static final String LONG_FRONT_PAGE = """
            云岭日报
            YUNLING RIBAO
            2024年6月3日 星期一 农历甲辰年四月廿七
            中共云岭市委主管主办 云岭日报社出版 总第5134期 今日12版
            国内统一连续出版物号:CN 88-0001 邮发代号 88-12 社长:林木

            ## 导读

            老街新生:一条巷子里的烟火气 ▶▶▶详见今日本报A05版

            夏粮收购开秤 农户卖粮更便捷 ▶▶▶详见今日本报A03版

            # 云岭新区加快建设产业园区

            本报讯 (记者王小明、李华)6月2日,云岭新区召开产业园区建设推进会,总结前期工作,部署下一阶段任务。

            会议指出,园区建设要坚持规划引领,统筹推进道路、供水、供电等基础设施建设,提升承载能力。要优化营商环境,推行项目审批全程代办,让企业办事少跑腿。要抓好招商引资,围绕新材料、智能制造等主导产业延链补链,引进一批带动力强的项目。

            会议要求,各部门要强化协作,压实责任,倒排工期,确保年度目标任务按时完成。(下转A02版)①

            ## 守护一江清水

            # 河湖治理交出亮眼答卷

            本报记者 张青

            今年以来,我市持续推进河湖治理,完成河道清淤38公里,新建生态护岸12公里,沿岸村庄生活污水收集处理率明显提高。

            在城东的青石河畔,曾经杂草丛生的河滩变成了绿树成荫的滨河公园。附近居民说,现在每天傍晚都来这里散步,看着河水一天天变清,心里特别舒坦。

            市水利部门负责人介绍,下一步将建立河湖管护长效机制,推行巡河员制度,做到有人管、管得好。

            # 夏粮收购全面开秤

            本报讯 (通讯员周文)6月1日,我市夏粮收购全面开秤,全市设立收购网点46个,预计收购小麦15万吨。

            为方便农户售粮,各收购网点延长营业时间,开通预约售粮服务,农户通过手机即可查询价格、预约时间。

            新华社北京6月2日电 记者从有关部门获悉,今年以来各地积极推进高标准农田建设,农业综合生产能力稳步提升,为粮食丰收打下坚实基础。

            有关负责人表示,将继续加大投入力度,完善建设标准,强化工程管护,确保建一块成一块。
            """;

    /** The shared real front page, if the checkout has ../shared. */
    public static final Path SHARED_SAMPLE = Path.of("..", "shared", "samples", "000_528cc057e7984c5f.txt");

    private FictionalPages() {
    }

    public static boolean sharedSampleAvailable() {
        return Files.isRegularFile(SHARED_SAMPLE);
    }

    public static byte[] sharedSample() throws IOException {
        return Files.readAllBytes(SHARED_SAMPLE);
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
