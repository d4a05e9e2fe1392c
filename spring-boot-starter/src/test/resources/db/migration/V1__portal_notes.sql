-- A portal's own migration, applied by Spring Boot's Flyway beside Homewatch's (BootFlywayTest).
CREATE TABLE portal_note (id INT PRIMARY KEY, body VARCHAR(200) NOT NULL);
