import { App, Button, Form, Modal, type ButtonProps, type FormInstance } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useAction } from '../api/hooks';
import { useT, type Phrase } from '../i18n';
import type { FieldMapper } from './form-errors';

export interface ActionModalProps<V> {
  /** The button's text; also the dialog's title unless `title` is given. */
  label: Phrase;
  title?: Phrase;
  icon?: ReactNode;
  type?: ButtonProps['type'];
  danger?: boolean;
  block?: boolean;
  /** The form's fields; the function form gets the form instance (to watch fields). */
  fields: ReactNode | ((form: FormInstance<V>) => ReactNode);
  initialValues?: Partial<V>;
  run: (values: V) => Promise<unknown>;
  done: Phrase;
  okText?: Phrase;
  intro?: ReactNode;
  /** Where an API field error goes, knowing the values sent (default: the field of that name). */
  mapField?: (apiField: string, values: V) => ReturnType<FieldMapper>;
  width?: number;
  testId?: string;
  /** Prefixes the fields' ids: needed when another dialog on the page has fields of the same name. */
  formName?: string;
}

/**
 * One action on a record: a button opening a dialog with the action's form. The API's field
 * errors appear next to the fields; the dialog closes when the action is done.
 */
export function ActionModal<V extends object>(p: ActionModalProps<V>) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<V>();
  const sent = useRef<V>(undefined);
  const mapField = p.mapField;
  const action = useAction<V>({
    run: p.run,
    done: p.done,
    form,
    mapField: mapField ? (f) => mapField(f, sent.current!) : undefined,
    onDone: () => {
      setOpen(false);
      form.resetFields();
    },
  });
  return (
    <>
      <Button
        type={p.type}
        danger={p.danger}
        icon={p.icon}
        block={p.block}
        onClick={() => setOpen(true)}
        data-testid={p.testId}
      >
        {t(p.label)}
      </Button>
      <Modal
        open={open}
        title={t(p.title ?? p.label)}
        okText={t(p.okText ?? '确定')}
        cancelText={t('取消')}
        okButtonProps={{ danger: p.danger, loading: action.isPending }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        width={p.width ?? 560}
        forceRender
        mask={{ closable: false }}
      >
        {p.intro && <div style={{ marginBottom: 16 }}>{p.intro}</div>}
        <Form<V>
          form={form}
          name={p.formName}
          layout="vertical"
          requiredMark="optional"
          initialValues={p.initialValues}
          onFinish={(v) => {
            sent.current = v;
            action.mutate(v);
          }}
        >
          {typeof p.fields === 'function' ? p.fields(form) : p.fields}
        </Form>
      </Modal>
    </>
  );
}

/** An action that needs no input, only a confirmation (submit, start, publish). */
export function ConfirmAction({
  label,
  title,
  content,
  run,
  done,
  type,
  danger,
  icon,
  testId,
}: {
  label: Phrase;
  title: Phrase;
  content?: ReactNode;
  run: () => Promise<unknown>;
  done: Phrase;
  type?: ButtonProps['type'];
  danger?: boolean;
  icon?: ReactNode;
  testId?: string;
}) {
  const t = useT();
  const { modal } = App.useApp();
  const action = useAction<void>({ run, done });
  return (
    <Button
      type={type}
      danger={danger}
      icon={icon}
      loading={action.isPending}
      data-testid={testId}
      onClick={() => {
        modal.confirm({
          title: t(title),
          content,
          okText: t(label),
          cancelText: t('取消'),
          okButtonProps: { danger },
          onOk: () => action.mutateAsync().catch(() => undefined),
        });
      }}
    >
      {t(label)}
    </Button>
  );
}
