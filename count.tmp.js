const { Kafka, logLevel } = require('kafkajs');
(async () => { const a = new Kafka({ clientId: 'c', brokers: ['127.0.0.1:9092'], logLevel: logLevel.NOTHING, requestTimeout: 120000 }).admin(); await a.connect(); console.log((await a.listTopics()).length); await a.disconnect(); })();
