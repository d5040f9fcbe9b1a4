package cn.xinhuo.honor;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class HonorRepository implements PanacheRepository<Honor> {
}
