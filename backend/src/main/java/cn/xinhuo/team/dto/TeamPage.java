package cn.xinhuo.team.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "TeamPage", requiredProperties = {"items", "page", "size", "total"})
public record TeamPage(List<TeamView> items, int page, int size, long total) {
}
