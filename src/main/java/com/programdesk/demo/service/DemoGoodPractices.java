package com.programdesk.demo.service;

import com.programdesk.practice.domain.GoodPractice;
import com.programdesk.practice.domain.NewFile;
import com.programdesk.practice.service.GoodPracticeService;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import javax.imageio.ImageIO;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 典型案例 of the pilot year: the youth service centre's lecture series in schools (recommended by the bureau, with a
 * photo), the MCH hospital's counselling after an abortion, and the Qixian hospital's one-to-one care counselling of
 * its early-pregnancy care action. Dated as they were recorded (the services only know the present moment).
 */
@Component
class DemoGoodPractices {

    private final GoodPracticeService practices;
    private final DemoActors actors;
    private final JdbcClient jdbc;

    DemoGoodPractices(GoodPracticeService practices, DemoActors actors, JdbcClient jdbc) {
        this.practices = practices;
        this.actors = actors;
        this.jdbc = jdbc;
    }

    void load(DemoPrograms.Plans plans) {
        Long pilot = jdbc.sql("SELECT id FROM program WHERE document_number = '乐卫发〔2024〕25号' ORDER BY id LIMIT 1")
                .query(Long.class).optional().orElse(null);
        if (pilot == null) {
            return;
        }
        Path photo = photo();
        try {
            actors.as("youth.staff", () -> {
                GoodPractice lectures = practices.save(new GoodPractice(null, pilot, "“青春健康”进校园系列讲座",
                        "亲青服务中心联合市教育局，在全市 12 所中小学开展青春期生殖健康系列讲座，每校分年级设置“认识青春期”“学会保护自己”"
                                + "“拒绝校园欺凌与性侵害”三个主题，由妇幼保健院医生和专职社工共同授课。\n"
                                + "试点年度共开展讲座 36 场，覆盖学生 5200 余人、家长 800 余人；讲座后匿名问卷显示，学生对青春期生理知识和自我保护"
                                + "方法的知晓率由 58% 提高到 91%。\n"
                                + "经验：课程按年级分层、医生与社工搭档授课、讲座后留出匿名提问时间，学生参与度高，值得在各乡镇推广。"),
                        List.of(new NewFile("讲座现场.png", photo)));
                actors.as("coordinator", () -> practices.recommend(lectures, true));
                dated(lectures.getId(), LocalDateTime.of(2024, 7, 12, 10, 20), LocalDateTime.of(2024, 8, 20, 15, 0));
            });
            actors.as("mch.staff", () -> {
                GoodPractice counselling = practices.save(new GoodPractice(null, pilot, "人工流产术后关爱服务“一对一”宣教",
                        "市妇幼保健院在计划生育科设立流产后关爱（PAC）咨询室，由经过培训的宣教员在术前、术后为每位服务对象提供一对一避孕指导，"
                                + "并在术后 1 个月、3 个月电话随访。\n试点期间术后即时落实高效避孕措施的比例达到 85%，重复流产率较上年下降。"),
                        List.of());
                dated(counselling.getId(), LocalDateTime.of(2024, 8, 5, 9, 0), null);
            });
            actors.as("qixian.staff", () -> {
                GoodPractice care = practices.save(new GoodPractice(null, plans.keqiao().getId(), "早孕门诊流产后关爱咨询",
                        "齐贤分院依托早孕门诊，对早孕信息实行集中管理；对选择终止妊娠的服务对象，由专人开展流产后关爱咨询，讲解高效避孕方法，"
                                + "并建立随访档案，术后三个月内随访三次。"),
                        List.of());
                dated(care.getId(), LocalDateTime.of(2025, 6, 18, 14, 30), null);
            });
        } finally {
            try {
                Files.deleteIfExists(photo);
            } catch (IOException ignored) {
                // a temporary file; the system cleans it up
            }
        }
    }

    private void dated(long id, LocalDateTime recorded, LocalDateTime recommended) {
        jdbc.sql("UPDATE good_practice SET created_at = :recorded, updated_at = :recorded,"
                        + " recommended_at = CASE WHEN recommended THEN :recommended ELSE NULL END WHERE id = :id")
                .param("recorded", recorded).param("recommended", recommended).param("id", id).update();
        jdbc.sql("UPDATE attachment SET uploaded_at = :recorded WHERE owner_type = :owner AND owner_id = :id")
                .param("recorded", recorded).param("owner", GoodPractice.OWNER).param("id", id).update();
    }

    /** A small picture standing in for the lecture's photo. */
    private static Path photo() {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0xE8F1FB));
        graphics.fillRect(0, 0, 320, 200);
        graphics.setColor(new Color(0x2F6FB3));
        graphics.fillRect(20, 130, 280, 50);
        graphics.fillOval(135, 40, 50, 50);
        graphics.dispose();
        try {
            Path file = Files.createTempFile("demo-practice", ".png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
