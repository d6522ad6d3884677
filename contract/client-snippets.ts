import type { SecurityProtocol } from './clusters.ts'

/**
 * Copy-paste client programs for one endpoint of a cluster (接入点): each produces one message and consumes
 * the topic until it reads that message back, so a user sees both directions work. Pure, so that the console
 * shows exactly what the server's tests run against real brokers.
 */

export const CLIENT_LANGUAGES = ['python', 'go', 'java', 'node'] as const
export type ClientLanguage = (typeof CLIENT_LANGUAGES)[number]

export const CLIENT_SASL_MECHANISMS = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'] as const
export type ClientSaslMechanism = (typeof CLIENT_SASL_MECHANISMS)[number]

/** Ferry never shows a stored password: the snippet holds this until the user types theirs in. */
export const PASSWORD_PLACEHOLDER = '<password>'
export const USERNAME_PLACEHOLDER = '<username>'
export const TOPIC_PLACEHOLDER = '<topic>'

/** The kafka-clients version the Java snippet names: the one Ferry's own local brokers run. */
const KAFKA_CLIENTS_VERSION = '4.1.2'

export interface SnippetInput {
  /** `host:port` pairs, comma separated, as the access endpoints give them. */
  bootstrapServers: string
  securityProtocol: SecurityProtocol
  /** For SASL_PLAINTEXT and SASL_SSL. */
  saslMechanism?: ClientSaslMechanism
  /** Empty: a placeholder the user fills in. */
  username?: string
  /** Only tests pass one; the console leaves the placeholder. */
  password?: string
  /** The CA file for SSL and SASL_SSL; null when the system's trusted CAs verify the brokers. */
  caFile?: string | null
  /** An existing topic (clusters may not create one on first use); empty: a placeholder. */
  topic: string
}

export interface ClientSnippet {
  language: ClientLanguage
  /** The client library, as its users know it. */
  library: string
  /** The name the program expects to be saved under. */
  fileName: string
  /** The one command (or dependency) that installs the client. */
  install: string
  run: string
  code: string
}

export const usesSasl = (protocol: SecurityProtocol) =>
  protocol === 'SASL_PLAINTEXT' || protocol === 'SASL_SSL'
export const usesTls = (protocol: SecurityProtocol) => protocol === 'SSL' || protocol === 'SASL_SSL'

/** The file the CA certificate download is saved as, and the snippets' default CA path. */
export function caCertificateFileName(clusterName: string): string {
  return `${clusterName.replace(/[^A-Za-z0-9_.-]/g, '_')}-ca.pem`
}

/** A double-quoted literal that Python, Go, Java and JavaScript all read the same way. */
const q = (text: string) => JSON.stringify(text)

interface Resolved {
  servers: string[]
  protocol: SecurityProtocol
  sasl: { mechanism: ClientSaslMechanism; username: string; password: string } | null
  caFile: string | null
  topic: string
  /** Null once a real password is filled in. */
  passwordNote: string | null
  caNote: string
}

function resolve(input: SnippetInput): Resolved {
  const username = input.username?.trim() || USERNAME_PLACEHOLDER
  const password = input.password ?? PASSWORD_PLACEHOLDER
  return {
    servers: input.bootstrapServers
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    protocol: input.securityProtocol,
    sasl: usesSasl(input.securityProtocol)
      ? { mechanism: input.saslMechanism ?? 'SCRAM-SHA-512', username, password }
      : null,
    caFile: usesTls(input.securityProtocol) ? (input.caFile ?? null) : null,
    topic: input.topic.trim() || TOPIC_PLACEHOLDER,
    passwordNote:
      password === PASSWORD_PLACEHOLDER
        ? `Replace ${PASSWORD_PLACEHOLDER} with ${username}'s password: Ferry never shows stored passwords.`
        : null,
    caNote: "The cluster's CA certificate, downloaded from Ferry's Connect page.",
  }
}

function python(r: Resolved): string {
  const config = [
    `    "bootstrap_servers": [${r.servers.map(q).join(', ')}],`,
    `    "security_protocol": ${q(r.protocol)},`,
  ]
  if (r.sasl)
    config.push(
      `    "sasl_mechanism": ${q(r.sasl.mechanism)},`,
      `    "sasl_plain_username": ${q(r.sasl.username)},`,
      ...(r.passwordNote ? [`    # ${r.passwordNote}`] : []),
      `    "sasl_plain_password": ${q(r.sasl.password)},`,
    )
  if (r.caFile) config.push(`    # ${r.caNote}`, `    "ssl_cafile": ${q(r.caFile)},`)
  return `# Produces one message to the topic, then consumes the topic until it reads that message back.
import uuid

from kafka import KafkaConsumer, KafkaProducer

# api_version is left out on purpose: kafka-python asks the brokers which protocol versions they speak.
# Pinning an old one, as older guides do with (0, 10, 0), makes Kafka 4 brokers refuse the requests.
# A refused sign-in (wrong user, password or mechanism) shows up as NoBrokersAvailable.
config = {
${config.join('\n')}
}
topic = ${q(r.topic)}
message = "hello from Ferry " + str(uuid.uuid4())

producer = KafkaProducer(**config)
sent = producer.send(topic, message.encode()).get(timeout=30)
producer.close()
print(f"Produced to {sent.topic}[{sent.partition}]@{sent.offset}")

consumer = KafkaConsumer(
    topic,
    group_id="ferry-quickstart-python",
    auto_offset_reset="earliest",
    consumer_timeout_ms=30000,
    **config,
)
for record in consumer:
    if record.value == message.encode():
        print(f"Consumed: {message}")
        break
else:
    raise SystemExit("The message was not consumed within 30 s.")
consumer.close()
`
}

function go(r: Resolved): string {
  const entries: [string, string][] = [
    ['bootstrap.servers', q(r.servers.join(','))],
    ['security.protocol', q(r.protocol)],
  ]
  const notes = new Map<string, string>()
  if (r.sasl) {
    entries.push(
      ['sasl.mechanism', q(r.sasl.mechanism)],
      ['sasl.username', q(r.sasl.username)],
      ['sasl.password', q(r.sasl.password)],
    )
    if (r.passwordNote) notes.set('sasl.password', r.passwordNote)
  }
  if (r.caFile) {
    entries.push(['ssl.ca.location', q(r.caFile)])
    notes.set('ssl.ca.location', r.caNote)
  }
  // gofmt aligns the values of consecutive key lines; a comment line ends such a run.
  const runs: [string, string][][] = []
  for (const entry of entries) {
    const last = runs.at(-1)
    if (last && !notes.has(entry[0])) last.push(entry)
    else runs.push([entry])
  }
  const config = runs.flatMap((run) => {
    const width = Math.max(...run.map(([key]) => key.length)) + 3
    return run.flatMap(([key, value]) => [
      ...(notes.has(key) ? [`\t\t// ${notes.get(key)}`] : []),
      `\t\t${`${q(key)}:`.padEnd(width)} ${value},`,
    ])
  })
  return `// Produces one message to the topic, then consumes the topic until it reads that message back.
package main

import (
	"fmt"
	"log"
	"time"

	"github.com/confluentinc/confluent-kafka-go/v2/kafka"
)

func main() {
	config := kafka.ConfigMap{
${config.join('\n')}
	}
	topic := ${q(r.topic)}
	message := fmt.Sprintf("hello from Ferry %d", time.Now().UnixNano())

	producer, err := kafka.NewProducer(&config)
	if err != nil {
		log.Fatal(err)
	}
	delivery := make(chan kafka.Event, 1)
	err = producer.Produce(&kafka.Message{
		TopicPartition: kafka.TopicPartition{Topic: &topic, Partition: kafka.PartitionAny},
		Value:          []byte(message),
	}, delivery)
	if err != nil {
		log.Fatal(err)
	}
	sent := (<-delivery).(*kafka.Message)
	if sent.TopicPartition.Error != nil {
		log.Fatal(sent.TopicPartition.Error)
	}
	fmt.Printf("Produced to %v\\n", sent.TopicPartition)
	producer.Close()

	config["group.id"] = "ferry-quickstart-go"
	config["auto.offset.reset"] = "earliest"
	consumer, err := kafka.NewConsumer(&config)
	if err != nil {
		log.Fatal(err)
	}
	defer consumer.Close()
	if err := consumer.SubscribeTopics([]string{topic}, nil); err != nil {
		log.Fatal(err)
	}
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); {
		record, err := consumer.ReadMessage(time.Second)
		if err == nil && string(record.Value) == message {
			fmt.Printf("Consumed: %s\\n", message)
			return
		}
	}
	log.Fatal("The message was not consumed within 30 s.")
}
`
}

function java(r: Resolved): string {
  const lines = [
    `        config.put("bootstrap.servers", ${q(r.servers.join(','))});`,
    `        config.put("security.protocol", ${q(r.protocol)});`,
  ]
  if (r.sasl) {
    const module = r.sasl.mechanism.startsWith('SCRAM')
      ? 'org.apache.kafka.common.security.scram.ScramLoginModule'
      : 'org.apache.kafka.common.security.plain.PlainLoginModule'
    // JAAS reads its own quoted strings inside the Java one: both quote and backslash are escaped there first.
    const jaas = (text: string) => `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`
    lines.push(
      `        config.put("sasl.mechanism", ${q(r.sasl.mechanism)});`,
      ...(r.passwordNote ? [`        // ${r.passwordNote}`] : []),
      `        config.put("sasl.jaas.config", ${q(
        `${module} required username=${jaas(r.sasl.username)} password=${jaas(r.sasl.password)};`,
      )});`,
    )
  }
  if (r.caFile)
    lines.push(
      `        // ${r.caNote} Java reads the PEM file as it is: no truststore (.jks) to build.`,
      `        config.put("ssl.truststore.type", "PEM");`,
      `        config.put("ssl.truststore.location", ${q(r.caFile)});`,
    )
  return `// Produces one message to the topic, then consumes the topic until it reads that message back.
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

public class FerryQuickstart {
    public static void main(String[] args) throws Exception {
        Properties config = new Properties();
${lines.join('\n')}
        String topic = ${q(r.topic)};
        String message = "hello from Ferry " + UUID.randomUUID();

        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            RecordMetadata sent = producer.send(new ProducerRecord<>(topic, message)).get();
            System.out.printf("Produced to %s[%d]@%d%n", sent.topic(), sent.partition(), sent.offset());
        }

        config.put("group.id", "ferry-quickstart-java");
        config.put("auto.offset.reset", "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (message.equals(record.value())) {
                        System.out.println("Consumed: " + message);
                        return;
                    }
                }
            }
        }
        throw new IllegalStateException("The message was not consumed within 30 s.");
    }
}
`
}

function node(r: Resolved): string {
  const options = ['  clientId: "ferry-quickstart",', `  brokers: [${r.servers.map(q).join(', ')}],`]
  if (r.caFile) options.push(`  // ${r.caNote}`, `  ssl: { ca: [readFileSync(${q(r.caFile)}, "utf8")] },`)
  else if (usesTls(r.protocol)) options.push('  ssl: true,')
  if (r.sasl)
    options.push(
      '  sasl: {',
      `    mechanism: ${q(r.sasl.mechanism.toLowerCase())},`,
      `    username: ${q(r.sasl.username)},`,
      ...(r.passwordNote ? [`    // ${r.passwordNote}`] : []),
      `    password: ${q(r.sasl.password)},`,
      '  },',
    )
  const imports = [
    ...(r.caFile ? ['import { readFileSync } from "node:fs"'] : []),
    'import { randomUUID } from "node:crypto"',
    'import { Kafka, logLevel, Partitioners } from "kafkajs"',
  ]
  return `// Produces one message to the topic, then consumes the topic until it reads that message back.
// KafkaJS is the most used Node.js client (by npm downloads) and plain JavaScript, so installing it
// compiles nothing; Confluent's @confluentinc/kafka-javascript offers the same API over librdkafka.
${imports.join('\n')}

const kafka = new Kafka({
${options.join('\n')}
  logLevel: logLevel.WARN,
})
const topic = ${q(r.topic)}
const message = \`hello from Ferry \${randomUUID()}\`

const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner })
await producer.connect()
const [sent] = await producer.send({ topic, messages: [{ value: message }] })
console.log(\`Produced to \${sent.topicName}[\${sent.partition}]@\${sent.baseOffset}\`)
await producer.disconnect()

const consumer = kafka.consumer({ groupId: "ferry-quickstart-node" })
await consumer.connect()
await consumer.subscribe({ topics: [topic], fromBeginning: true })
const timeout = setTimeout(() => {
  console.error("The message was not consumed within 30 s.")
  process.exit(1)
}, 30_000)
await new Promise((resolve) => {
  consumer.run({
    eachMessage: async ({ message: record }) => {
      if (record.value?.toString() === message) resolve()
    },
  })
})
clearTimeout(timeout)
console.log(\`Consumed: \${message}\`)
await consumer.disconnect()
`
}

const LANGUAGES: Record<
  ClientLanguage,
  Omit<ClientSnippet, 'language' | 'code'> & { write: (r: Resolved) => string }
> = {
  python: {
    library: 'kafka-python',
    fileName: 'ferry_quickstart.py',
    install: 'pip install kafka-python',
    run: 'python3 ferry_quickstart.py',
    write: python,
  },
  go: {
    library: 'confluent-kafka-go',
    fileName: 'main.go',
    install: 'go mod init quickstart && go get github.com/confluentinc/confluent-kafka-go/v2/kafka',
    run: 'go run main.go',
    write: go,
  },
  java: {
    library: 'kafka-clients',
    fileName: 'FerryQuickstart.java',
    install: `Maven: org.apache.kafka:kafka-clients:${KAFKA_CLIENTS_VERSION} (its jars in libs/)`,
    // Java 11+ runs a single source file without a build.
    run: 'java -cp "libs/*" FerryQuickstart.java',
    write: java,
  },
  node: {
    library: 'KafkaJS',
    fileName: 'ferry-quickstart.mjs',
    install: 'npm install kafkajs',
    run: 'node ferry-quickstart.mjs',
    write: node,
  },
}

/** The program for one language, filled in with the endpoint, user and topic. */
export function clientSnippet(language: ClientLanguage, input: SnippetInput): ClientSnippet {
  const { write, ...about } = LANGUAGES[language]
  return { language, ...about, code: write(resolve(input)) }
}
