-- One database per service (architecture.md): only the owning service connects to each.
CREATE DATABASE loket;
CREATE DATABASE proposals;
CREATE DATABASE comments;
CREATE DATABASE review;
