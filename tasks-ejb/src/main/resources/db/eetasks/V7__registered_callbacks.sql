-- Callbacks registered through TaskService for every task of a name (not per task).
CREATE TABLE eet_callback (
    id            VARCHAR(1000) NOT NULL PRIMARY KEY,
    application   VARCHAR(200)  NOT NULL,
    source_name   VARCHAR(300)  NOT NULL,
    callback_condition VARCHAR(30) NOT NULL,
    callback_name VARCHAR(300)  NOT NULL
);
