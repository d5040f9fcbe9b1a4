package cn.xinhuo.user.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "UserPage", requiredProperties = {"items", "page", "size", "total"})
public record UserPage(List<UserView> items, int page, int size, long total) {
}
