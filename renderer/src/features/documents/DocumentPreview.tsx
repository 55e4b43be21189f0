import { Fragment } from 'react';
import { Box, Divider, Group, List, Mark, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { DocBlock, DocModel } from '../../../../src/shared/domain/documents';

/** Shows "[ontbreekt: …]" gaps marked, so the user sees what is still missing. */
function Marked({ text }: { text: string }) {
  const parts = text.split(/(\[ontbreekt: [^\]]+\])/g);
  return (
    <>
      {parts.map((p, i) =>
        p.startsWith('[ontbreekt:') ? (
          <Mark key={i} color="orange">
            {p}
          </Mark>
        ) : (
          <Fragment key={i}>{p}</Fragment>
        ),
      )}
    </>
  );
}

function Block({ block }: { block: DocBlock }) {
  switch (block.type) {
    case 'heading':
      return (
        <Title order={4} size="h5" mt="xs">
          <Marked text={block.text} />
        </Title>
      );
    case 'paragraph':
      return (
        <Text size="sm" c={block.tone === 'muted' ? 'dimmed' : undefined} fw={block.tone === 'strong' ? 700 : undefined} style={{ whiteSpace: 'pre-wrap' }}>
          <Marked text={block.text} />
        </Text>
      );
    case 'bullets':
      return (
        <List size="sm" spacing={2}>
          {block.items.map((item, i) => (
            <List.Item key={i}>
              <Marked text={item} />
            </List.Item>
          ))}
        </List>
      );
    case 'fields':
      return (
        <Table withRowBorders={false} verticalSpacing={2} fz="sm">
          <Table.Tbody>
            {block.rows.map(([k, v], i) => (
              <Table.Tr key={i}>
                <Table.Td w="35%" c="dimmed" fw={600} style={{ verticalAlign: 'top' }}>
                  {k}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{v || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      );
    case 'table':
      return (
        <Table.ScrollContainer minWidth={500}>
          <Table withTableBorder striped fz="xs" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                {block.columns.map((c) => (
                  <Table.Th key={c}>{c}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {block.rows.map((r, i) => (
                <Table.Tr key={i}>
                  {r.map((c, j) => (
                    <Table.Td key={j} style={{ whiteSpace: 'pre-wrap', verticalAlign: 'top' }}>
                      {c || '—'}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      );
    case 'pagebreak':
      return <Divider variant="dashed" my="sm" aria-hidden />;
    case 'code':
      return (
        <Text ff="monospace" size="lg" ta="center" p="sm" style={{ border: '1px solid var(--mantine-color-default-border)' }}>
          {block.text}
        </Text>
      );
  }
}

/**
 * The document model as formatted text: an honest preview of the content. The real page
 * layout is in the PDF, which the user opens in the system viewer.
 */
export function DocumentPreview({ model }: { model: DocModel }) {
  return (
    <Paper withBorder p="lg" radius="sm" data-testid="document-preview">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Box>
            {model.recipient.map((l, i) => (
              <Text key={i} size="sm">
                <Marked text={l} />
              </Text>
            ))}
          </Box>
          <Text fw={700} size="sm">
            {model.letterhead.schoolName}
          </Text>
        </Group>
        {model.layout === 'report' && (
          <Title order={3} size="h4">
            {model.title}
          </Title>
        )}
        {model.subtitle && (
          <Text size="sm" c="dimmed">
            {model.subtitle}
          </Text>
        )}
        {model.dateLine && <Text size="sm">{model.dateLine}</Text>}
        {model.reference && (
          <Text size="sm" c="dimmed">
            Kenmerk {model.reference}
          </Text>
        )}
        {model.subject && (
          <Text size="sm" fw={700}>
            <Marked text={model.subject} />
          </Text>
        )}
        <Divider />
        {model.salutation && (
          <Text size="sm">
            <Marked text={model.salutation} />
          </Text>
        )}
        {model.blocks.map((b, i) => (
          <Block key={i} block={b} />
        ))}
        {model.closing && <Text size="sm">{model.closing}</Text>}
        {model.signature && (
          <Box mt="md">
            <Text size="sm" fw={700}>
              {model.signature.name}
            </Text>
            <Text size="sm">{model.signature.role}</Text>
            <Text size="sm">{model.signature.organisation}</Text>
          </Box>
        )}
      </Stack>
    </Paper>
  );
}
