import { fireEvent, render, screen } from '@testing-library/react';
import Field, { fieldName } from './index';
import InputField from './InputField';

describe('Field', () => {
  it('says whether it must be filled, in the label and in the control name', () => {
    const { container, rerender } = render(
      <Field label='手机号码' required hint='工作人员会用这个号码联系您' error='请填写11位手机号码' errorTestId='error-contactPhone'>
        <input aria-label={fieldName('手机号码', true)} />
      </Field>,
    );
    expect(container.querySelector('.field__label')!.textContent).toBe('手机号码必填');
    expect(screen.getByRole('textbox', { name: '手机号码（必填）' })).toBeTruthy();
    expect(container.querySelector('.field__hint')!.textContent).toBe('工作人员会用这个号码联系您');
    const error = screen.getByTestId('error-contactPhone');
    expect(error.textContent).toBe('请填写11位手机号码');
    expect(error.getAttribute('aria-live')).toBe('polite');
    rerender(
      <Field label='怎么称呼您'>
        <input aria-label={fieldName('怎么称呼您')} />
      </Field>,
    );
    expect(container.querySelector('.field__label')!.textContent).toBe('怎么称呼您选填');
    expect(screen.getByRole('textbox', { name: '怎么称呼您（选填）' })).toBeTruthy();
    expect(container.querySelector('.field__hint')).toBeNull();
    expect(container.querySelector('.field__error')).toBeNull();
  });
});

describe('InputField', () => {
  it('names its input from the label it shows and hands over the typed value', () => {
    const onInput = jest.fn();
    const { container } = render(
      <InputField label='受理编号' required testId='claim-tracking-no' inputClassName='claim__number' value='' maxlength={20} placeholder='例如：GZ2611220007' onInput={onInput} />,
    );
    expect(container.querySelector('.field__label')!.textContent).toBe('受理编号必填');
    const input = screen.getByRole('textbox', { name: '受理编号（必填）' });
    fireEvent.input(input, { target: { value: 'GZ2611220007' } });
    expect(onInput).toHaveBeenCalledWith('GZ2611220007');
    expect(screen.getByTestId('claim-tracking-no').className).toContain('field__input claim__number');
  });
});
